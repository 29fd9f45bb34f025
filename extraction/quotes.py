"""Quotes and who said them, in French news copy.

One linear pass over the document:

1. quotation-mark spans (« », " ", “ ” and mixes; nested marks stay inside the outer span);
2. segments: sentences cut at . ! ? and paragraph breaks *outside* quotation marks, so a
   quote of several sentences stays in one segment with its attribution;
3. reporting cues from `lexicons/reporting_verbs.txt` outside quotation marks. A cue followed
   by "que", ":", "à + infinitive", an infinitive or an opening mark introduces a reported
   clause (indirect, or mixed when it contains quoted words). A cue without such a
   complement, after a comma ("», a-t-il ajouté"), attributes the quotes of its segment;
4. "selon X" / "d'après X": "Selon X, clause" is an indirect quote of X; a trailing
   ", selon X" attributes a direct quote, or the whole sentence when X is a person. It never
   overrides a speaker a verb already gave ("», a-t-il ajouté, selon la même source").

Scare quotes: quoted words that no cue attributes and that do not open their sentence
("pour des "raisons de santé"") are not quotes. A quote that opens its sentence without a
cue continues the previous speaker when that one spoke within the last two segments.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from spacy.tokens import Doc

from .nlp import child_deps, children_of, lemma_forms, lower_forms, morph_of, morph_values, orth_forms, pos_forms, text_of, token_ends, token_list, token_starts, \
    tokens_with_lemma, tokens_with_lower
from .model import Entity, Quote, Span, Speaker
from .speakers import (ORG_NOUNS, REACHED, TIME_WORDS, SpeakerResolver, fold, is_person_noun, np_backward, np_forward,
                       pronoun_of, pronoun_of_lower)

LEXICON = Path(__file__).with_name("lexicons") / "reporting_verbs.txt"
OPEN_MARKS, STRAIGHT = "«“„", '"'
_MARKS = re.compile(r'[«»“”„"\n]')
_SEGMENT_CHARS = re.compile(r"[.!?…\n]")  # characters of the tokens that may end a segment
END_PUNCT = {".", "!", "?", "…", "...", "?!", "!?"}
CLITICS = {"ne", "n'", "n’", "lui", "leur", "nous", "vous", "y", "en", "se", "s'", "s’", "l'", "les", "me"}
INVERTED = {"-t", "-t-", "t"}
PARTICIPLE_LEAD = CLITICS | {"en", "tout", "le", "la"}
# words opening an adjunct of the reporting verb rather than more reported content:
# 'a appelé à « sauvegarder la paix » lors d'un sommet' vs '« attiser les tensions » dans la péninsule'
CIRCUMSTANCE = {"lors", "pendant", "durant", "devant", "après", "avant", "depuis", "hier", "lundi", "mardi",
                "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "au", "à", "en", "selon", "d'après",
                "pour", "autour"}  # ("pour" with a noun phrase: "pour l'industrie", not "pour satisfaire")
# (a condition after the quoted words, "« réponses plus fortes » si Séoul poursuivait ...", stays in the
# quote: dev golds keep it twice, held-out 12+13 cuts it once)
# prepositions opening an adjunct of the verb, never a speaker's complement: an inverted subject stops there
VERB_ADJUNCTS = frozenset(("devant", "lors", "pendant", "durant", "depuis", "avant", "après"))
# words before "que" making it part of a conjunction or a comparison, not a verb's complement
NOT_COMPLEMENTIZER = {"ainsi", "alors", "tandis", "bien", "parce", "avant", "après", "plus", "moins", "autant",
                      "tant", "dès", "sans", "afin", "pendant", "quel", "quelle", "quels", "quelles", "sauf"}
MIN_FREE_QUOTE_WORDS = 4
INF_LEAD = {"ne", "n'", "n’", "pas", "plus", "jamais", "rien", "guère", "y", "en", "se", "s'", "s’", "lui", "leur"}
TIME_NOUNS = {"semaine", "mois", "an", "annee", "week-end", "veille", "soir", "matin", "nuit"}
TIME_ADJS = {"dernier", "derniere", "passe", "passee", "meme"}
DATING = {("au", "lendemain"), ("la", "veille")}  # ", au lendemain de", ", à la veille de" (after "à")
# after a comma, words opening an adverbial or a subordinate clause: the quoted object ends before
ADVERBIAL_OPENERS = {"alors", "tandis", "après", "avant", "dans", "lors", "malgré", "depuis", "pendant", "bien",
                     "même", "sans", "faute", "afin", "puisque", "lorsque", "quand"}
NOUN_LOCUTIONS = {"regard", "profit", "detriment", "egard", "destination", "sein"}  # "au regard de", "à l'égard de"
STANCE_VERBS = {"dire", "déclarer"}  # "s'est dit prêt à ...", "s'est déclarée favorable à ..."
# the complement of a quoted attribute, which the golds quote with it: "s'est dit « préoccupé » par la
# situation", "s'est dite « en contact étroit » avec ses partenaires"
ATTRIBUTE_PREPS = {"par", "avec", "envers", "vis-à-vis"}
PROMISES = {"promettre", "jurer"}  # "a promis d'ouvrir des discussions": words given
CALLS_TO_MARCH = {"manifester"}  # "a appelé à manifester samedi": a rally called, no words reported (session 31)
DENIALS = {"nier", "démentir"}  # "n'a pas nié que ...": a denied denial grants (see _negated)
TAKES_DE_TOO = {"demander"}  # "demander à être reçu" and "demander à X de ..."
# a person's appeal to someone ("Le ministre a appelé les deux parties à reprendre le dialogue") or
# accusation of someone ("Il a accusé X de fournir des armes") reports what they said even without
# quoted words; a state's, a body's or a group's ("Le parti a appelé ses militants à manifester",
# "Kigali accuse Kinshasa de ...") is its act or standing position, which the golds do not quote
APPEALS = {"appeler", "exhorter"}
NAMING = {"qualifier"}  # "a qualifié X de « ... »": X named so
ACCUSATIONS = {"accuser", "reprocher"}  # the text starts at the accused: "X de ...", "au gouvernement de ..."
PLEADS = {"plaider"}  # "plaider pour « ... »": the noun phrase pleaded for
THANKS = {"remercier", "féliciter", "saluer"}  # "remercier X pour son « ... »"
# verbs judging their object: after "a salué le résultat :", the colon explains the object
EVALUATIVE = THANKS | {"dénoncer", "critiquer", "condamner", "déplorer", "regretter", "fustiger", "approuver", "applaudir",
                       "évoquer"}
# verbs judging their object that report words as a bare participle with an agent ("jugée « ... » par X")
JUDGING = {"juger", "qualifier", "estimer", "décrire", "considérer", "dénoncer", "saluer", "critiquer", "fustiger"}
# verbs that report speech with "que" but name an act with a noun object ("assurer l'intérim")
NOT_SPEECH_OBJECT = {"assurer", "réaffirmer"}  # ("a réaffirmé le « pacte de X »": a text upheld)
STATES_OF = {"faire état"}  # "X a fait état de NP": what X reported, as "X a annoncé NP" with a clause
OF_OBJECT = {"féliciter", "réjouir", "faire état", "faire part"}  # "se féliciter d'une décision qui « ... »"
ADJUNCT_PREPS = {"dans", "sur", "lors", "dès", "par", "sous"}  # with CIRCUMSTANCE: adjuncts before a verb's object
SETTING_PREPS = {"dans", "lors", "devant", "pendant", "durant", "en", "sous",  # "dans un communiqué", "lors d'un point presse", "sous couvert d'anonymat"
                 "par", "auprès", "depuis"}  # the channel or the person addressed: "par communiqué", "par la voix de son avocat", "auprès de l'AFP"
OBJECT_PREPS = {"contre"}
# "a dit au quotidien X espérer", "a déclaré devant les députés vouloir": a phrase between a verb and
# its infinitive that names the addressee or the setting
ADDRESSEE_PREPS = {"à", "au", "aux", "devant", "dans", "sur", "lors", "en", "auprès"}
ADDRESSEE_WORDS = {"DET", "ADP", "NOUN", "PROPN", "ADJ", "NUM"}
ADDRESSEE_ENDS = {"NOUN", "PROPN", "ADJ", "NUM"}
# words opening an object noun phrase; the parser tags the partitive "des"/"du" ADP after a
# weekday ("a dénoncé jeudi des mesures « ... »")
OBJECT_DETS = {"son", "sa", "ses", "leur", "leurs", "des", "du"}  # "mettre en garde contre « ... »": a preposition the verb governs
# nouns of figures and findings: "selon ses chiffres", "selon le dernier bilan" attribute data, not words
FIGURES = {"chiffre", "chiffres", "resultat", "resultats", "bilan", "bilans", "donnees", "estimation",
           "estimations", "statistiques", "projections", "sondage", "decompte", "comptage",
           # and texts and schedules, which state rules, not anyone's words ("selon la loi")
           "loi", "constitution", "reglement", "calendrier", "traite", "termes", "regles", "tradition",
           "classement", "previsions", "horaires", "programme"}
CONTINUATION_SEGMENTS = 2
STRESSED = {"lui", "elle", "eux", "elles"}  # "selon lui": the speaker recalled inside their words
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
# nouns naming a statement or a matter in an apposition closing a report (", une formule qu'il répète")
STATEMENT_NOUNS = {"formule", "expression", "allusion", "reference", "message", "avertissement", "phrase",
                   "mot", "slogan", "propos", "dossier", "sujet", "question", "theme", "position", "ligne",
                   "refrain", "leitmotiv", "antienne", "critique", "accusation", "reproche", "argument"}
# "a averti à plusieurs reprises que", "a répété à maintes reprises que": how often, not to whom
REPEATED = {("à", "reprises"), ("à", "fois")}
# a setting named by its noun after "à"/"sur" ("a affirmé à l'issue du vote que", "a assuré sur les réseaux
# sociaux que"): the "que" after it opens the verb's complement, not a relative on that noun
SETTING_NOUNS = {("à", "issue"), ("sur", "reseaux"), ("sur", "compte")}
ASIDES = {("de", "cote"), ("pour", "part")}  # "de son côté", "pour sa part" between a verb and its subject
ISSUED = {"communique", "texte", "document", "rapport", "note"}  # what a body issues: "selon un communiqué de X" is X's
DOCUMENTS = {"communique", "texte", "document", "rapport", "note",
             # and acts of a court or a government, which decide rather than say ("selon une ordonnance")
             "ordonnance", "decret", "arrete", "jugement", "arret", "requisitoire", "proces-verbal"}  # "selon un communiqué": no speaker


def _forms(lemma: str) -> set[str]:
    """Inflected forms of a reporting verb, for when the lemmatizer misses one."""
    irregular = {
        "dire": "dit dite dits disent disait disaient dis disant", "reconnaître": "reconnu reconnaît reconnait reconnaissent reconnaissant",
        "prévenir": "prévenu prévient préviennent prévenait", "répondre": "répondu répond répondent répondait répondant",
        "admettre": "admis admet admettent admettant", "promettre": "promis promet promettent promettant", "écrire": "écrit écrivent",
        "soutenir": "soutenu soutient soutiennent", "maintenir": "maintenu maintient maintiennent",
        "croire": "cru croit croient", "conclure": "conclu conclut", "reprendre": "repris reprend reprennent",
        "poursuivre": "poursuivi poursuit poursuivent", "démentir": "démenti dément démentent",
        "mettre": "mis met mettent", "faire": "fait font faisait faisaient fera", "prédire": "prédit prédisent",
        "avertir": "averti avertit avertissent avertissait avertissant", "réagir": "réagi réagit réagissent réagissant",
        "lancer": "lancé lance lancent lança lançait", "menacer": "menacé menace menacent menaçait",
    }
    if lemma in irregular:
        return set(irregular[lemma].split())
    if not lemma.endswith("er"):
        return set()
    stem = lemma[:-2]
    stems = {stem}
    vowel = stem.rfind("e")
    if vowel > 0 and vowel >= len(stem) - 3:
        stems.add(stem[:vowel] + "è" + stem[vowel + 1:])  # marteler -> martèle
    if stem.endswith(("el", "et")):
        stems.add(stem + stem[-1])  # appeler -> appelle
    out = {stem + e for e in ("é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "ant", "era")}
    out |= {s + e for s in stems for e in ("e", "es", "ent")}
    return out


def _load_lexicon(path: Path = LEXICON):
    verbs: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    preps: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            preps.add(line[1:])
            continue
        words = line.replace("s'", "", 1).replace("se ", "", 1).split() if line.startswith(("s'", "se ")) \
            else line.split()
        takes_a = words[-1] == "à"
        if takes_a:
            words = words[:-1]
        entry = (tuple(words[1:]), " ".join(words) if len(words) > 1 else words[0], takes_a)
        if entry not in verbs.setdefault(words[0], []):
            verbs[words[0]].append(entry)
    forms = {f: lemma for lemma in verbs for f in _forms(lemma)}
    return verbs, preps, forms


VERBS, PREPOSITIONS, FORMS = _load_lexicon()
_LONGEST_FIRST = {lemma: sorted(entries, key=lambda e: -len(e[0])) for lemma, entries in VERBS.items()}  # (for _find_cue)
_DE = {"de": ("de", "d'", "d’", "du", "des"), "l'": ("l'", "l’"), "d'": ("d'", "d’")}  # a locution's word, elided or contracted
# a "selon"-like locution by its first word: "d'après", "aux yeux de", "de l'avis de", "à en croire"
_SELON_WORDS: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
for _loc in sorted(PREPOSITIONS, key=lambda x: -len(x)):
    _words = _loc.replace("'", "' ").split()
    for _first in _DE.get(_words[0], (_words[0],)):
        _SELON_WORDS.setdefault(_first, []).append(tuple(_DE.get(w, (w,)) for w in _words[1:]))
_SELON_FIRST = frozenset(_SELON_WORDS)  # the first word of a "selon"-like preposition
TAKES_A = {lemma for lemma, entries in VERBS.items() if any(e[2] for e in entries)}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotation spans (mark to mark, end exclusive). Nested marks stay inside the
    outer span; a quote still open at a line break ends there."""
    spans, stack, opened = [], [], 0
    for m in _MARKS.finditer(text):
        i, c = m.start(), m.group()
        if c == "\n":
            if stack:
                spans.append((opened, i))
                stack = []
            continue
        if c == STRAIGHT and STRAIGHT in stack:
            while stack.pop() != STRAIGHT:
                pass
        elif c == STRAIGHT or c in OPEN_MARKS:
            if not stack:
                opened = i
            stack.append(c)
            continue
        elif stack:  # a closing guillemet or curly mark closes the innermost non-straight quote
            while stack and stack.pop() == STRAIGHT:
                pass
        else:
            continue
        if not stack:
            spans.append((opened, i + 1))
    return spans


# words that give the name a person goes by: "X, dit « Hemedti »"
NICKNAMING = frozenset({"dit", "dite", "surnommé", "surnommée", "alias"})

class _Cue:
    __slots__ = ("first", "last", "lemma", "takes_a", "comp", "subject", "obj_start", "sequel")

    def __init__(self, first: int, last: int, lemma: str, takes_a: bool):
        self.first, self.last, self.lemma, self.takes_a = first, last, lemma, takes_a
        self.comp: tuple[str, int] | None = None
        self.subject: tuple[int, int] | None = None
        self.obj_start = 0  # where a quoted object starts, past adjuncts ("a salué dans un communiqué | une ...")
        self.sequel = False  # "avant d'ajouter", "Et de conclure": the previous speaker goes on


def _scan(doc: Doc) -> tuple[set[int], list[str]]:
    """Tokens that may be a reporting verb (lemma in the lexicon, or a listed form), and every
    token's lower-case form, from the per-Doc lemma and lower-case columns: each distinct lemma is
    tested once and no Token is created; `_find_cue` decides on the candidates only."""
    lemmas = lemma_forms(doc)  # (read by the extractor and the relation pass too)
    lowers = lower_forms(doc)  # shared with the relation pass
    verbs = {lemma for lemma in set(lemmas) if lemma.lower() in VERBS}
    candidates = set(tokens_with_lemma(doc, verbs))  # (the per-Doc lemma index the relation rules read too)
    if not FORMS.keys().isdisjoint(lowers):
        candidates.update(tokens_with_lower(doc, FORMS))  # (the per-Doc index of the lower-case forms)
    return candidates, lowers


class _Extractor:
    def __init__(self, doc: Doc, entities: list[Entity]):
        self.doc = doc
        self.tokens = token_list(doc)  # indexed instead of the Doc, which builds a new Token at every doc[i]
        self.text = text_of(doc)
        self.spans = quote_spans(self.text)
        self.tok_starts = token_starts(doc)
        self.inq = [-1] * len(doc)
        self.qtok: list[tuple[int, int]] = []  # token range of each quote, marks included
        for n, (a, b) in enumerate(self.spans):
            ta, tb = self._tok(a), self._tok(b - 1) + 1
            self.qtok.append((ta, tb))
            for i in range(ta, tb):
                self.inq[i] = n
        self.resolver = SpeakerResolver(doc, entities, self.spans)  # (a new one: it remembers who spoke)
        doc.user_data["wirestream_speakers"] = self.resolver  # (the relations read its titles: resolver_of)
        self.consumed: set[int] = set()
        self._cues: dict[int, _Cue | None] = {}
        self.cue_candidates, self.lower = _scan(doc)
        # each token's text, pos_ and lemma_ read from lists: a Token property decodes its string anew
        self.orths, self.poses, self.lemmas = orth_forms(doc), pos_forms(doc), lemma_forms(doc)
        self.cue_list = sorted(self.cue_candidates)
        self.selon_candidates = [k for k in tokens_with_lower(doc, _SELON_FIRST) if self._selon_len(k)]
        # (one set test for most words)
        self.quotes: list[Quote] = []
        self.opening_selon: int | None = None  # the "selon" opening the segment run, if any
        self.seg_range = (0, 0)

    def _tok(self, char: int) -> int:
        return max(0, bisect_right(self.tok_starts, char) - 1)

    # -- segments and cues --------------------------------------------------------------------
    def segments(self) -> list[tuple[int, int]]:
        """Token ranges cut after end punctuation and line breaks outside quotation marks; only
        the tokens holding one of those characters are looked at."""
        text, starts, ends, n = self.text, self.tok_starts, token_ends(self.doc), len(self.doc)
        out, start = [], 0
        for i in sorted({self._tok(m.start()) for m in _SEGMENT_CHARS.finditer(text)}):
            if self.inq[i] != -1:
                continue
            following = starts[i + 1] if i + 1 < n else len(text)
            word = text[starts[i]:ends[i]]
            if word == "." and "\n" not in text[starts[i]:following] and i + 1 < n and text[following:following + 1].islower():
                continue  # "Ferdinand Marcos Jr. s'est félicité": a sentence opens with a capital
            if word in END_PUNCT or "\n" in text[starts[i]:following] or (
                    len(word) > 1 and word[-1] == "." and i + 1 < n and self.inq[i + 1] != -1
                    and self.qtok[self.inq[i + 1]][0] == i + 1):  # "l'échantillon B. « ... »": the tokenizer kept the full stop
                out.append((start, i + 1))
                start = i + 1
        if start < n:
            out.append((start, n))
        return out

    def cue_at(self, i: int) -> _Cue | None:
        if i not in self.cue_candidates:
            return None
        if i not in self._cues:
            self._cues[i] = self._find_cue(i)
        return self._cues[i]

    def _find_cue(self, i: int) -> _Cue | None:
        doc = self.doc
        if i > 0 and (self.poses[i - 1] == "DET" or self.lower[i - 1] in ("l'", "l’", "du", "au", "aux", "des")) \
                and not self._clitic_participle(i):
            return None  # "l'annonce", "la déclaration", "la libération du prévenu": a noun
        low, pos = self.lower[i], self.poses[i]  # (the token's lower_ and pos_, from the per-Doc lists)
        for lemma in (self.lemmas[i].lower(), FORMS.get(low)):
            if lemma not in VERBS or (pos not in ("VERB", "AUX") and low not in FORMS):
                continue
            if lemma == "relever" and i + 1 < len(doc) and self.lower[i + 1] in ("de", "d'", "d’", "du"):
                return None  # "relèvent de la souveraineté": fall within, not note
            for tail, name, takes_a in _LONGEST_FIRST[lemma]:
                end = i + 1 + len(tail)
                if end <= len(doc) and all(self.lower[i + 1 + k] == w or self.lemmas[i + 1 + k] == w
                                           for k, w in enumerate(tail)):
                    return _Cue(i, end - 1, name, takes_a)
        return None

    def _quote_in_np(self, x: int, seg_end: int, reach: int) -> bool:
        """Quoted words open within `reach` tokens of x, after only a noun phrase's words ("une «",
        "la formation d'un «")."""
        if x >= seg_end or self.poses[x] != "DET":
            return False
        for y in range(x, min(seg_end, x + reach + 1)):
            if self.inq[y] != -1:
                return self.qtok[self.inq[y]][0] == y and y > x
            if self.poses[y] not in ("DET", "NOUN", "ADJ", "ADP") or self.orths[y] in (",", ":"):
                return False
        return False

    def _clitic_participle(self, i: int) -> bool:
        """", la jugeant « hostile »", ", les qualifiant d'« absurdes »": a participle with its object
        pronoun, which the parser tags as an article, right before the quoted words it judges (a noun in
        -ant, "le plaignant", is no participle of a judging verb before a quote)."""
        if self.lower[i - 1] not in ("le", "la", "les", "l'", "l’") or not self.lower[i].endswith("ant") \
                or i < 2 or self.lower[i - 2] not in (",", "en"):
            return False
        j = i + 1
        if j + 1 < len(self.lower) and self.lower[j] in ("de", "d'", "d’", "comme"):
            j += 1
        elif j + 2 < len(self.lower) and self.lower[j] == "d" and self.orths[j + 1] in ("'", "’"):
            j += 2  # ("d'«" split in two tokens)
        return j < len(self.lower) and self.inq[j] != -1 and self.qtok[self.inq[j]][0] == j

    def _adjective_complement(self, qend: int) -> bool:
        """"« très inférieure » à la valeur du groupe", "« contraire » aux règles": the quoted adjective
        governs the "à" after it, which belongs to the judgement rather than to the verb."""
        return qend + 1 < len(self.lower) and self.lower[qend] in ("à", "au", "aux") \
            and self.poses[qend - 2] == "ADJ" and self.inq[qend - 2] != -1

    def _absolute_subject(self, cue: _Cue, seg_start: int, n: int) -> tuple[int, int] | None:
        """", le porte-parole, X Y, les qualifiant d'« ... »": a named person set off by a comma right
        before the participle is its own subject (an absolute construction), not the sentence's."""
        k = cue.first - 2
        if k > seg_start and self.orths[k] == ",":
            k -= 1
        span = np_backward(self.doc, k, seg_start + 1)
        if span is None or self.orths[span[0] - 1] != ",":
            return None
        sp = self.resolver.resolve(span, n)
        return span if sp is not None and sp.label == "PER" else None

    def complement(self, cue: _Cue, seg_end: int) -> tuple[str, int] | None:
        """What the cue introduces: ('que'|'colon'|'a'|'inf'|'quote', first token) or None."""
        tokens, light, addressed = self.tokens, True, False
        stance = self._stance(cue, seg_end)
        if stance is not None:
            return ("stance", stance)
        for j in range(cue.last + 1, min(seg_end, cue.last + 16)):
            t = tokens[j]
            low = self.lower[j]
            if j > cue.last + 1 and self.orths[j - 1] == "," and self.inq[j] == -1 and self.cue_at(j) is not None \
                    and (self._inverted(cue) or self._bare_incise(cue)):
                return None  # "», a déclaré X, rappelant que ...": the complement is the second verb's
            if low == "pour" and cue.lemma in PLEADS and self.inq[j] == -1 and j + 1 < seg_end:
                # "a plaidé pour davantage de « flexibilité » au sein du bloc", "a plaidé sur X pour
                # « un texte d'équilibre »": what the speaker pleads for is the object
                q = next((x for x in range(j + 1, min(seg_end, j + 6)) if self.inq[x] != -1 or not (
                    self.poses[x] in ("DET", "ADJ", "NOUN", "ADV", "ADP", "NUM"))), None)
                if q is not None and self.inq[q] != -1 and self.qtok[self.inq[q]][0] == q:
                    cue.obj_start = j + 1
                    return ("object", q)
            if self.orths[j] == "," and not light and cue.lemma in ACCUSATIONS | APPEALS and self.inq[j] == -1:
                past = self._object_apposition(cue, j, seg_end)
                if past is not None:
                    return past
            if self.inq[j] != -1:
                if self.qtok[self.inq[j]][0] != j:
                    return None
                # right after the verb: the quote is the complement; inside its object
                # ("a dénoncé des « violations massives »"): only the quoted words
                if light or j - cue.last <= 3:
                    if not light:  # "a salué sur Facebook « une fierté nationale »": past the adjunct
                        cue.obj_start = self._past_adjuncts(cue.last + 1, j, reach=True)
                    return ("quote", j) if light else ("object", j)
                return ("object", j) if self._object_past_adjuncts(cue, j) else None
            split_que = low == "qu" and j + 2 < seg_end and self.orths[j + 1] in ("'", "’") and self.inq[j + 2] != -1
            if split_que:
                low = "qu'"  # "a prévenu qu'« ... »": the tokenizer splits "qu'" from a guillemet right after it
            if low in ("que", "qu'", "qu’") and (self.poses[j] != "PRON" or all(
                    self.poses[x] == "ADV" or fold(self.orths[x]) in TIME_WORDS for x in range(cue.last + 1, j))
                    or self._time_phrase(cue.last + 1, j)
                    or self._incise_between(cue.last, j) or self._que_past_adjuncts(cue.last, j, seg_end)):
                # ("a annoncé mercredi qu'ils ...": the parser's relative pronoun after a weekday;
                # "reconnaît, sous couvert d'anonymat, que ...": after an aside set off by commas)
                if self.lower[j - 1] in NOT_COMPLEMENTIZER:
                    return None  # "a annoncé l'envoi de soignants, ainsi que de tests"
                if self.orths[j - 1] == "," and self._object_before(cue, j - 1):
                    return None  # "a proclamé en 2008 son indépendance, que Belgrade n'a jamais reconnue":
                    # a relative clause on the verb's object (an aside would open with a comma too)
                if self.poses[j - 1] == "CCONJ" and all(self.poses[x] == "ADV" for x in range(cue.last + 1, j - 1)):
                    return None  # "un territoire que X revendique et que Y administre": a second relative
                    # clause (or que-clause) joined to the one the verb is in, not the verb's complement
                neg = next((x for x in range(j - 1, max(0, cue.first - 4) - 1, -1) if self.lower[x] in ("ne", "n'", "n’")), None)
                if neg is not None and not any(self.lower[x] in ("pas", "plus", "jamais", "rien", "guère", "point")
                                               for x in range(neg + 1, j)):
                    return None  # "..., la plus élevée ne prévoyant de reprendre qu'une dizaine": "ne ... que"
                return ("que", j + 2 if split_que else j + 1)
            if self.orths[j] == ":":
                return ("colon", j + 1)
            if low == "d" and j + 1 < seg_end and self.orths[j + 1] in ("'", "’"):
                continue  # "d'«" split in two tokens
            if cue.lemma in STATES_OF and light and not (self.lower[cue.first] == "faisant" and self.orths[cue.first - 1] not in (",", "en")) and low in ("de", "d'", "d’", "du", "des", "'", "’") \
                    and j + 1 < seg_end and self.inq[j + 1] == -1 and self.poses[j + 1] in ("DET", "NUM", "NOUN", "ADJ") \
                    and self.lower[j + 1] not in ("son", "sa", "ses", "leur", "leurs"):  # ("de son inquiétude": a feeling)
                # "a fait état de neuf blessés", "a fait état d'une forte hausse des prix": the locution
                # reports what it states, quoted words or not (the noun phrase after "de"; "du", "des"
                # open it themselves)
                return ("state", j if low in ("du", "des") else j + 1)
            if low in ("de", "d'", "d’", "'", "’") and j + 1 < seg_end and (
                    (j - cue.last <= (12 if addressed else 7) and self._infinitive_at(j + 1, seg_end))
                    or (j - cue.last <= 10 and self.inq[j + 1] != -1)):
                # ("a reproché au texte de ne pas tenir compte « ... »", "a promis d'y présenter":
                # the infinitive past a negation and clitics)
                # ("a demandé à la police et à l'armée de « protéger les civils »": quoted words reach further)
                return ("de", j + 1)  # "a menacé de bloquer", "a accusé la ministre de « mépriser »"
            if low in ("de", "d'", "d’", "'", "’") and cue.lemma in ACCUSATIONS and j - cue.last <= 10 \
                    and self._quote_in_np(j + 1, seg_end, 3):
                return ("de", j + 1)  # "a accusé X d'une « agression contre ... »": the charge as a noun
            if low == "à" and cue.takes_a and (light or j - cue.last <= 7 or (
                    j + 1 < seg_end and self.inq[j + 1] != -1)) and j + 1 < seg_end:
                # (quoted words reach further: "a appelé l'armée et les milices du Nord (MDN) à « ... »")
                nxt = tokens[j + 1]
                if (self.inq[j + 1] != -1 or "Inf" in morph_of(nxt, "VerbForm")
                        or nxt.lower_ in ("ne", "ce", "se", "s'")):
                    # "a appelé à cesser" is an appeal; "a appelé les donateurs à financer" only
                    # counts with quoted words, like "de" below
                    return ("a", j + 1) if light else ("a_obj", j + 1)
                if light and self._quote_in_np(j + 1, seg_end, 5):
                    return ("a", j + 1)  # "a appelé à la formation d'un « gouvernement d'union »": an appeal for
                    # what the noun phrase names, quoted words inside
                if cue.lemma not in TAKES_DE_TOO:
                    return None
                light, addressed = False, True  # "a demandé à la police de « protéger les civils »": on to "de"
                continue
            if self.poses[j] in ("VERB", "AUX") and "Inf" in morph_of(t, "VerbForm") and (
                    light or self._addressee_before(cue, j)):
                k = j  # "a affirmé ne pas avoir été consulté", "a dit s'y opposer": the infinitive's negation and clitics
                while k - 1 > cue.last and self.inq[k - 1] == -1 and self.lower[k - 1] in INF_LEAD:
                    k -= 1
                return ("inf", k)  # "explique avoir voulu", "a dit au quotidien X espérer"
            if self.poses[j] == "CCONJ" and j + 1 < seg_end and self.poses[j + 1] not in ("VERB", "AUX"):
                light = False  # "a accusé les Etats-Unis et leurs alliés d'« attiser »"
                continue
            if (self.orths[j] in END_PUNCT or self.orths[j] == ";" or self.poses[j] in ("SCONJ", "CCONJ")
                    or (self.poses[j] in ("VERB", "AUX") and "Fin" in morph_of(t, "VerbForm")
                        and not (self.orths[j][:1].isupper() and j > cue.last + 1) and not self._quoted_relative(j, seg_end))):
                return None  # (a capitalised word after the verb is a name the parser took for a verb:
                # "a jugé sur France Inter qu'il ...")
            if not (self.poses[j] == "ADV" or low in CLITICS or low in INVERTED or pronoun_of_lower(low)
                    or fold(self.orths[j]) in TIME_WORDS):  # "a annoncé lundi avoir signé"
                light = False
        return None

    def _object_before(self, cue: _Cue, comma: int) -> bool:
        """A direct object (a determiner not after a preposition, then its noun) ends at `comma`,
        and no comma set off an aside before it."""
        if self.poses[comma - 1] not in ("NOUN", "PROPN") or any(self.orths[x] == "," for x in range(cue.last + 1, comma)):
            return False
        return any(self.poses[x] == "DET" and self.poses[x - 1] != "ADP" and self.lower[x - 1] not in ("d'", "d’")
                   for x in range(cue.last + 1, comma))

    def _object_apposition(self, cue: _Cue, comma: int, seg_end: int) -> tuple[str, int] | None:
        """"a accusé son rival, X, passé depuis à l'opposition, d'avoir ...", "a appelé les
        syndicats, qui ..., à reprendre ...": the object of an accusation or an appeal with an
        apposition or a relative clause set off by commas, then its "de"/"à" complement."""
        prep = ("de", "d'", "d’") if cue.lemma in ACCUSATIONS else ("à",)
        for x in range(comma + 2, min(seg_end - 1, comma + 22)):
            if self.inq[x] != -1 or self.orths[x] in END_PUNCT or self.orths[x] in (";", ":"):
                return None
            if self.orths[x] == "," and self.lower[x + 1] in prep:
                if self._infinitive_at(x + 2, seg_end) or (x + 2 < seg_end and self.inq[x + 2] != -1):
                    return ("de" if prep[0] == "de" else "a_obj", x + 2)
        return None

    def _time_phrase(self, a: int, b: int) -> bool:
        """Tokens a..b-1 date the verb: "la semaine dernière", "le mois dernier", "l'an passé" (the
        parser then reads the "que" after them as a relative pronoun on that noun)."""
        return 2 <= b - a <= 3 and self.poses[a] == "DET" and fold(self.orths[a + 1]) in TIME_NOUNS and all(
            fold(self.orths[x]) in TIME_ADJS for x in range(a + 2, b))

    def _inverted(self, cue: _Cue) -> bool:
        """The cue is an incise right after quoted words ("», a déclared X"): its subject follows it."""
        k = cue.first - 1
        while k >= 0 and (self.poses[k] in ("AUX", "ADV") or self.lower[k] in CLITICS):
            k -= 1
        return k >= 0 and self.inq[k] == -1 and self.orths[k] == "," and k > 0 and self.inq[k - 1] != -1

    def _bare_incise(self, cue: _Cue) -> bool:
        """The cue is an incise after a clause without quotation marks ("Paris attend ..., a rappelé M. X,
        estimant que"): a comma before its verb group and no subject of its own before it."""
        k = cue.first - 1
        while k >= 0 and (self.poses[k] in ("AUX", "ADV") or self.lower[k] in CLITICS):
            k -= 1
        return k > 0 and self.inq[k] == -1 and self.orths[k] == "," and not any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i < cue.first for c in children_of(self.doc, cue.first))

    def _infinitive_at(self, x: int, seg_end: int) -> bool:
        """An infinitive at x, past a negation and object clitics: "ne pas tenir", "n'avoir jamais
        dit", "y présenter", "ne plus lui verser"."""
        tokens = self.tokens
        k = x
        while k < seg_end and k < x + 4 and self.inq[k] == -1 and (
                self.lower[k] in ("ne", "n'", "n’", "pas", "plus", "jamais", "rien", "y", "en", "lui", "leur",
                                  "se", "s'", "s’")):
            # (not "le/la/les": "a proposé de les recevoir pour discuter des « modalités »" offers an act)
            k += 1
        if k > x and k < seg_end and self.inq[k] != -1 and self.qtok[self.inq[k]][0] == k:
            return True  # "de ne plus « respecter ses engagements »": the quoted infinitive
        return k < seg_end and self.inq[k] == -1 and "Inf" in morph_of(tokens[k], "VerbForm")

    def _quoted_relative(self, v: int, seg_end: int) -> bool:
        """The finite verb at v is that of a relative clause on the object whose quoted words follow
        at once: "a dénoncé une amnistie qui constituerait « une prime à l'impunité »"."""
        tokens = self.tokens
        k = v - 1
        while k > 0 and (self.poses[k] == "ADV" or (self.lower[k] in CLITICS and self.poses[k] == "PRON")):
            k -= 1
        if self.lower[k] != "qui" or self.poses[k - 1] != "NOUN":
            return False
        q = next((x for x in range(v + 1, min(seg_end, v + 8)) if self.inq[x] != -1), None)
        # (also past a short complement: "un contrat qui fait de la ville « un carrefour ... »")
        return q is not None and self.qtok[self.inq[q]][0] == q and self._quoted_predicate(v, q)

    def _stance(self, cue: _Cue, seg_end: int) -> int | None:
        """"Lisbonne s'est dite prête à envoyer des experts", "le syndicat se dit très inquiet pour
        ...", "se sont déclarés favorables au projet": a reflexive "se dire"/"se déclarer" with an
        adjective reports a stance; the reported text starts after the verb."""
        tokens = self.tokens
        if cue.lemma not in STANCE_VERBS or cue.last + 2 >= seg_end:
            return None
        k = cue.first - 1
        while k > 0 and self.poses[k] == "AUX" and k > cue.first - 3:
            k -= 1
        if self.lower[k] not in ("s'", "s’", "se"):
            return None
        j = cue.last + 1
        while j < seg_end and self.poses[j] == "ADV" and self.inq[j] == -1:
            j += 1
        t = tokens[j] if j < seg_end else None
        if t is None or self.inq[j] != -1 or not (t.pos_ == "ADJ" or (
                t.pos_ == "VERB" and "Part" in morph_of(t, "VerbForm") and "Past" in morph_of(t, "Tense"))):
            return None
        return cue.last + 1

    def _reflexive_stance(self, cue: _Cue) -> bool:
        """"s'est dite", "se sont déclarés": a reflexive "se dire"/"se déclarer" (a stance)."""
        tokens = self.tokens
        if cue.lemma not in STANCE_VERBS:
            return False
        k = cue.first - 1
        while k > 0 and self.poses[k] == "AUX" and k > cue.first - 3:
            k -= 1
        return self.lower[k] in ("s'", "s’", "se")

    def _addressee_before(self, cue: _Cue, j: int) -> bool:
        """Only a short prepositional phrase naming whom or where the words were addressed stands
        between the verb and the infinitive at j: "a dit au quotidien La Provence espérer",
        "a confié à des proches vouloir" (not "a réagi sur X pour dénoncer": an aim)."""
        tokens, first = self.tokens, cue.last + 1
        if not 2 <= j - first <= 8 or self.lower[first] not in ADDRESSEE_PREPS or self.poses[j - 1] not in ADDRESSEE_ENDS:
            return False
        return all(self.poses[x] in ADDRESSEE_WORDS and self.inq[x] == -1 for x in range(first + 1, j))

    def _object_past_adjuncts(self, cue: _Cue, q: int) -> bool:
        """The quote at token q sits in the verb's object noun phrase once adjuncts are skipped:
        "a salué dans un communiqué | une participation « élevée »", "a mis en garde au printemps
        | contre les « tentatives » de ...". Sets `cue.obj_start`."""
        doc = self.doc
        j = start = self._past_adjuncts(cue.last + 1, q, reach=True)
        if j == q:  # "a salué sur le réseau social X « le travail remarquable ... »": the quoted words
            cue.obj_start = q
            return True
        if j < q and self.lower[j] in OBJECT_PREPS:
            j += 1
        elif j < q and self.lower[j] in ("de", "d'", "d’") and cue.lemma in OF_OBJECT:
            j = start = j + 1  # "s'est félicité d'une décision qui « valide ... »": the noun phrase
        elif cue.lemma in THANKS and q - 3 >= j and self.lower[q - 2] == "pour":
            cue.obj_start = j  # "a remercié Bruxelles pour son « soutien indéfectible »": whom, and for what
            return self.poses[q - 1] == "DET" or self.lower[q - 1] in OBJECT_DETS
        elif j + 2 < q and self.lower[j] in ("à", "au", "aux"):
            x = j + 1 + (self.poses[j + 1] == "DET")  # "a demandé aux Alliés des garanties « ... »": past the addressee
            while x < q and x - j <= 4 and self.poses[x] in ("NOUN", "PROPN", "ADJ"):
                x += 1
            if j + 1 < x < q and self.poses[x - 1] in ("NOUN", "PROPN") and (self.poses[x] == "DET" or self.lower[x] in OBJECT_DETS):
                j = start = x
        if not (j < q and (self.poses[j] == "DET" or self.lower[j] in OBJECT_DETS)):
            return False
        rel = next((x for x in range(q - 1, max(j, q - 8), -1) if self.lower[x] == "qui"), None)
        if rel is not None and rel - 1 > j and self.poses[rel - 1] == "NOUN" and self._quoted_predicate(rel + 1, q):
            # "a condamné une attaque qui « s'inscrit dans une série »", "a dénoncé une amnistie qui
            # constituerait « une prime à l'impunité »": the noun's relative clause quoted
            if all(self.poses[x] in ("DET", "ADJ", "NOUN", "NUM") for x in range(j + 1, rel)) and rel + 1 - j <= 5:
                cue.obj_start = start
                return True
            return False
        attribute = q + 1 < len(doc) and self.poses[q + 1] in ("ADJ", "ADV", "VERB")
        np_words = ("DET", "ADJ", "NOUN", "NUM", "ADP", "PROPN")  # "a promis un plan pour les urgences « avant l'été »"
        if any(self.poses[x] not in np_words for x in range(j + 1, q)) or q - j > (7 if attribute else 6):
            return False  # the quote must be inside that noun phrase, or qualify it: "juge le recours au 49.3 « méprisant »"
        if q - j > 1 and q + 1 < len(doc) and self.poses[q + 1] in ("NOUN", "PROPN", "DET"):
            return False  # "a déclaré le mpox « urgence de santé publique »": a second noun phrase, an attribute
        cue.obj_start = start
        return True

    def _quoted_predicate(self, a: int, q: int) -> bool:
        """Tokens a..q-1 open a relative clause's predicate up to its quoted words: its verb
        ("qui « s'inscrit ... »", "qui constituerait « ... »"), or its verb and a short complement
        ("qui fait de la ville « un carrefour ... »")."""
        tokens, x = self.tokens, a
        while x < q and (self.poses[x] == "ADV" or self.lower[x] in CLITICS):
            x += 1
        if x < q and not (self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(tokens[x], "VerbForm")):
            return False
        while x < q and (self.poses[x] in ("VERB", "AUX", "ADV") or self.lower[x] in CLITICS):
            x += 1
        return x == q or (q - x <= 4 and self.poses[x] == "ADP" and all(
            self.poses[y] in ("ADP", "DET", "NOUN", "PROPN", "ADJ") for y in range(x, q)))

    def _past_adjuncts(self, j: int, q: int, reach: bool = False) -> int:
        """The first token at or after j, before q, past adverbs, times and short prepositional
        adjuncts ("dans un communiqué", "lors d'un point de presse", "sur X"); with `reach`, an
        adjunct may end right at q."""
        doc = self.doc
        while j < q:
            t = self.tokens[j]
            if t.pos_ == "ADV" or fold(t.text) in TIME_WORDS or t.text == ",":
                j += 1
            elif j + 3 <= q and (t.lower_, fold(self.orths[j + 2])) in ASIDES and self.lower[j + 1] in ("son", "sa", "leur"):
                j += 3  # "a salué, de son côté, « ... »", "a salué pour sa part une réforme « ... »"
            elif t.pos_ == "ADP" and (t.lower_ in CIRCUMSTANCE or t.lower_ in ADJUNCT_PREPS or self.lower[j - 1] in ("lors", "auprès")
                                      ) and t.lower_ not in ("pour", "selon"):
                pp = np_forward(doc, j + 1, q)
                if pp is None or pp[1] > q or (pp[1] == q and not reach) or pp[1] - j > 6:
                    break
                j = pp[1]
            else:
                break
        return j

    def _que_past_adjuncts(self, verb: int, que: int, seg_end: int) -> bool:
        """"a indiqué dans un communiqué qu'elle ...": "que" right after the verb's adjuncts is its
        complement (the parser often reads a relative on the adjunct's noun), unless a second "que"
        follows soon ("dans le communiqué qu'il a publié, que ...": that one is the complement)."""
        first = verb + 1
        while first < que and fold(self.orths[first]) in TIME_WORDS:
            first += 1  # "estimait samedi à Saint-Etienne que": a day before the adjunct
        if que - first < 2 or (self.poses[first] != "ADP" and self.lower[first] not in ("auprès", "lors")) \
                or self._past_adjuncts(first, que, reach=True) != que:
            return False
        prep = self.lower[first]
        if prep not in SETTING_PREPS and not (prep in ("sur", "à", "au") and (
                self.poses[que - 1] == "PROPN" or self.orths[que - 1][:1].isupper())) \
                and (self.lower[first], fold(self.orths[que - 1])) not in REPEATED \
                and (self.lower[first], fold(self.orths[next((x for x in range(first + 1, que) if self.poses[x] == "NOUN"), first)])) \
                not in SETTING_NOUNS:  # "a confié à l'AFP qu'il"
            return False  # "a insisté sur les efforts que ...", "a réagi aux propositions que ...": the verb's object
        neg = False  # ("qu'elle n'aurait qu'un « impact limité »": the "que" of "ne ... que" is no second complement)
        for x in range(que + 1, min(seg_end, que + 10)):
            neg = neg or self.lower[x] in ("ne", "n'", "n’")
            if self.lower[x] in ("que", "qu'", "qu’") and self.inq[x] == -1 and self.poses[x - 1] != "CCONJ" and not neg:
                return False  # ("... et qu'elle": the same complement)
        return True

    def _incise_between(self, verb: int, que: int) -> bool:
        """Only an aside between commas separates the verb from "que": "a affirmé, dans un
        communiqué, que" (a relative "que" follows its noun: "a présenté un plan, que ...")."""
        tokens = self.tokens
        return (que - verb >= 3 and self.orths[verb + 1] == "," and self.orths[que - 1] == ","
                and not any(self.poses[x] in ("VERB", "AUX") or self.inq[x] != -1 for x in range(verb + 2, que - 1)))

    def subject(self, cue: _Cue, seg_start: int, seg_end: int) -> tuple[int, int] | None:
        doc, inq = self.doc, self.inq
        tokens = token_list(doc)  # (indexing the Doc builds a new Token each time)
        v = tokens[cue.first]
        # a locution's words share its subject and auxiliary: the parser may hang them on its second
        # word ("Une source à X a fait valoir": "valoir" heads "a" and "source")
        kids = [c for x in range(cue.first, cue.last + 1) for c in children_of(doc, x)]
        aux = [c.i for c in kids if c.dep_.startswith("aux") and c.i < cue.first]
        gs = min(aux) if aux else cue.first
        if not aux:  # the parser may miss the auxiliary across "a de son côté assuré"
            top = cue.first - 1 - 3 * self._stressed_aside(cue.first - 1)  # "X a, lui, estimé"
            for k in range(top, max(seg_start, cue.first - 7) - 1, -1):
                if self.poses[k] in ("AUX", "VERB") and self.lemmas[k] in ("avoir", "être"):
                    gs = k
                    break
                if (tokens[k].is_punct or self.poses[k] in ("VERB", "SCONJ", "CCONJ") or inq[k] != -1) \
                        and not self._in_locution(k):
                    break
        while gs - 1 >= seg_start and (self.poses[gs - 1] == "ADV" or self.lower[gs - 1] in CLITICS
                                       or self._in_locution(gs - 1)):
            gs -= 1
        own = self._head_subject(cue, seg_start)
        if own is not None:
            return own
        for k in range(gs, min(cue.last + 3, seg_end)):
            if self.orths[k].startswith("-") and pronoun_of_lower(self.lower[k]):
                return (k, k + 1)  # "a-t-il ajouté", "dit-elle"
        before = after = None
        parsed_before = False  # (a subject the parser hung on this verb, before it)
        bare_conj = not aux and v.dep_ == "conj" and v.head.i < cue.first and "Part" in morph_of(v, "VerbForm") \
            and "Past" in morph_of(v, "Tense")
        for c in kids:
            if bare_conj and v.head.i < c.i < cue.first:
                continue  # "X a rejeté ces accusations et dénoncé « ... »": a participle sharing the first
                # verb's auxiliary shares its subject; the noun between is that verb's object
            if c.dep_ in ("nsubj", "nsubj:pass") and inq[c.i] == -1 and seg_start <= c.i < seg_end:
                if c.i < gs:
                    lo = max(c.left_edge.i, seg_start)
                    while lo < c.i and (inq[lo] != -1 or tokens[lo].is_punct):
                        lo += 1
                    if before is not None and before[0] < lo and self.orths[lo - 1] == ",":
                        before = (before[0], min(c.right_edge.i + 1, gs))  # "L'association X, partie civile, a": X
                    else:
                        before = self._with_named_apposition(lo, min(c.right_edge.i + 1, gs), gs)
                    parsed_before = True
                elif c.i > cue.last:
                    lo, hi = max(c.left_edge.i, cue.last + 1), c.i + 1
                    if lo > cue.last + 1 and self.poses[cue.last + 1] == "DET" and all(
                            self.poses[x] in ("DET", "NOUN", "ADJ", "PROPN") or self.orths[x] in "()"
                            for x in range(cue.last + 1, lo)) and self.poses[lo] in ("DET", "ADP"):
                        # "a précisé le Commandement occidental (Wescom) des forces armées": the parser
                        # took the name for the object and its complement for the subject
                        lo = cue.last + 1
                    lo = next((x + 1 for x in range(c.i - 1, lo - 1, -1) if self.orths[x] == ","), lo)  # ", émue, la réalisatrice"
                    while hi < min(c.right_edge.i + 1, seg_end) and not tokens[hi].is_punct \
                            and not (self.lower[hi] in VERB_ADJUNCTS and self.poses[hi] == "ADP"):
                        hi += 1  # (", a martelé le chef de l'Etat devant la presse": the verb's adjunct)
                    after = (lo, hi)
        k = gs - 1
        if before is None and k - 1 >= seg_start and self.orths[k] == "," and self.nickname_ends.get(k - 1, -1) >= seg_start:
            k = self.nickname_ends[k - 1]  # "Le général X, dit « Hemedti », a assuré": X
            k = self._before_agent(k, seg_start)
        if before is None and k - 3 >= seg_start and self._stressed_aside(k):
            k -= 3  # "M. X, lui, a soutenu que": the name before the stressed pronoun
        while k >= seg_start and (self.poses[k] == "ADV" or self.lower[k] in CLITICS):
            k -= 1
        if before is None and k - 1 >= seg_start and self.orths[k] == "." and tokens[k - 1].whitespace_ == "" \
                and self.orths[k - 1][:1].isupper() and self.poses[k - 1] in ("PROPN", "ADJ", "NOUN") and inq[k] == -1:
            k -= 1  # "Ferdinand Marcos Jr. s'est félicité": the full stop of an abbreviation ends the name
        if before is None and not aux and k - 1 >= seg_start and self.lower[k] == "et" and self.orths[k - 1] == "," \
                and "Part" in morph_of(v, "VerbForm") and "Past" in morph_of(v, "Tense"):
            # "elle a assuré que le gouvernement défendrait ..., et promis un « plan »": a bare participle
            # after ", et" shares the auxiliary, and the subject, of the sentence's first compound verb
            first = next((x for x in range(seg_start, k) if inq[x] == -1 and self.poses[x] == "VERB"
                          and "Part" in morph_of(tokens[x], "VerbForm") and any(
                              c.dep_ == "aux:tense" and c.i < x for c in tokens[x].children)), None)
            if first is not None:
                before = next(((max(c.left_edge.i, seg_start), min(c.right_edge.i + 1, first))
                               for c in tokens[first].children if c.dep_ in ("nsubj", "nsubj:pass")
                               and seg_start <= c.i < first and inq[c.i] == -1), None)
        vc = next((tokens[x] for x in range(cue.first, cue.last + 1) if tokens[x].dep_ in ("conj", "xcomp")
                   and tokens[x].head.i < cue.first), v) if cue.last > cue.first else v
        # (a locution's conjunct may be its second word, or read as the first verb's complement: "Le club
        # conteste ... et a fait savoir")
        if before is None and k >= seg_start and self.lower[k] in ("et", "mais", "puis") and vc.dep_ in ("conj", "xcomp") \
                and (vc.dep_ == "conj" or vc is not v):
            head = vc.head
            if ((gs < cue.first or (k - 1 >= seg_start and self.orths[k - 1] == ",") or self.cue_at(head.head.i))
                    and head.dep_ == "ccomp"
                    and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in children_of(head.doc, head.i))):
                # "X a rappelé que son pays avait demandé ..., et a appelé Paris à ...", "X a jugé
                # qu'une fermeture serait « inutile » et a appelé ...": after a comma, or with its
                # own auxiliary, or a second reporting verb ("X a affirmé que l'armée avait visé « A »
                # et accusé ..."), goes with X's verb, not the reported one
                head = head.head
            subs = self._subjects_before(head)
            if not subs and head.dep_ in ("advcl", "conj") and head.head.i < head.i:
                head = head.head  # "X s'est entretenu avec Y ... et a salué": the parser hung the first verb
                subs = self._subjects_before(head)  # on a word of the subject
            if subs:  # "X a condamné ... et annoncé ...": X (two subjects: a name and its apposition the
                # parser split, "Les Etats-Unis, premier contributeur ..., ont voté ... mais ont prévenu")
                before = (max(min(c.left_edge.i for c in subs), seg_start), min(max(c.right_edge.i for c in subs) + 1, head.i))
        comma_before = k >= seg_start and self.orths[k] == ","
        if comma_before and inq[k] == -1:
            rel = self._before_relative(k, seg_start, before)
            if rel is not None:  # "L'UE, qui avait sanctionné ..., a salué l'accord": no incise
                before, comma_before = rel, False
        if before is not None and self.lower[before[0]] == "qui" and before[1] - before[0] == 1:
            qui = before[0]
            k, before = before[0] - 1, None
            if k >= seg_start and self.orths[k] == ",":
                k -= 1
            if k >= seg_start and self.orths[k] == ")":  # "l'organisation X (T&E), qui estime": X
                k = next((x - 1 for x in range(k - 1, max(seg_start, k - 8), -1) if self.orths[x] == "("), k)
            before = self._name_before_apposition(k, seg_start)
            if before is None or not any(self.poses[x] in ("NOUN", "PROPN") for x in range(*before)):
                before = self._antecedent(qui, seg_start)  # ("l'ancien chef de l'Etat X, l'un des ..., qui")
        if before is None and k >= seg_start and inq[k] == -1:
            if comma_before and cue.comp is not None and k - 1 >= seg_start and inq[k - 1] == -1:
                # "Le chef de X, Wang Yi, a affirmé que", "Claire L., présidente du groupe, a accusé":
                # the whole stretch before the verb; the resolver takes its first person
                lo = k - 1
                while lo - 1 >= seg_start and inq[lo - 1] == -1 and self.orths[lo - 1] not in (";", ":"):
                    lo -= 1
                before = (lo, k) if np_backward(doc, k - 1, seg_start) or self._noun_stretch(lo, k) else None
            elif not comma_before:
                before = (k, k + 1) if pronoun_of_lower(self.lower[k]) else np_backward(doc, k, seg_start)
                if before is None and self.orths[k] == ")":
                    before = self._before_brackets(k, seg_start)
        verb_forms = morph_values(doc, v.i, "VerbForm")
        nonfinite = ("Inf" in verb_forms and not self._sequel(cue, seg_start)) or (
            "Part" in verb_forms and "Pres" in morph_values(doc, v.i, "Tense") and not aux)
        if before is None and nonfinite:
            # "X n'a donné aucune consigne, se contentant de dénoncer une campagne « ... »", "Rome a
            # apporté son soutien, saluant une opération qui « ... »": an infinitive or a participle
            # speaks with the subject of the verb that governs it, or of its sentence; the noun after
            # it is its object
            before = self._governing_subject(v, seg_start) or self._clause_subject(seg_start, cue.first)
            if before is not None:
                after = None
        if after is None:
            after = np_forward(doc, self._past_aside(cue.last + 1, seg_end), seg_end, skip_pp=True) \
                or self._person_after(cue.last + 1, seg_end)
        # appositions: ", le docteur Samuel Okafor", "auprès de l'ONU, Rebecca Holloway", and two
        # in a row: "leur porte-parole, la députée du Rhône, Claire Vasseur"
        for _ in range(2 if after else 0):
            comma = next((x for x in range(after[1], min(after[1] + 14, seg_end))
                          if self.orths[x] == "," or inq[x] != -1 or self.cue_at(x)), None)
            if comma is None or self.orths[comma] != "," or inq[comma] != -1 or comma + 1 >= seg_end:
                break
            app = np_forward(doc, comma + 1, seg_end)
            if app is None:
                break
            after = (after[0], app[1])
        if after and any(inq[x] != -1 for x in range(*after)):
            after = None
        if before is not None and before[0] - 2 >= seg_start and self.poses[before[0] - 1] == "CCONJ":
            first = np_backward(doc, before[0] - 2, seg_start)  # "L'Allemagne et | la France ont"
            if first is not None:
                before = (first[0], before[1])
        if before is None and after is None and v.dep_ in ("advcl", "conj", "xcomp", "acl"):
            for c in children_of(v.doc, v.head.i):  # "La BCE a abaissé ses taux, estimant que ..."
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.head.i and inq[c.i] == -1:
                    before = (max(c.left_edge.i, seg_start), min(c.right_edge.i + 1, v.head.i))
        if before is not None and before[1] - before[0] > 3 and self.poses[before[0]] in ("VERB", "ADJ", "X") and (
                "Part" in morph_of(tokens[before[0]], "VerbForm")
                or self.lower[before[0]].endswith(("é", "ée", "és", "ées"))):
            # "Interrogée sur ..., la banquière centrale a estimé": the participle's clause opening the
            # sentence says how the subject was asked; the subject follows its comma
            comma = next((x for x in range(before[0] + 1, before[1]) if self.orths[x] == ","), None)
            if comma is not None and comma + 1 < before[1] and self.poses[comma + 1] in ("DET", "PROPN", "NOUN"):
                before = (comma + 1, before[1])
        if before is not None and before[0] - 2 > seg_start and self.orths[before[0] - 1] == "," \
                and self.poses[before[0] - 2] == "PROPN" and self.poses[before[0]] in ("NOUN", "DET"):
            # "Jean Dupont, chef du parti, a estimé": the parser may take the apposition for the subject
            # and leave the name that opens the sentence out
            a = seg_start
            while a < before[0] and (tokens[a].is_punct or tokens[a].is_space):
                a += 1
            res = self.resolver
            i = bisect_left(res.starts, tokens[a].idx)
            if a < before[0] - 1 and i < len(res.starts) and res.starts[i] == tokens[a].idx \
                    and res.mentions[i][3].label == "PER" and inq[a] == -1 \
                    and res.mentions[i][1] == tokens[before[0] - 2].idx + len(tokens[before[0] - 2]):
                before = (a, before[1])
        if before is not None:  # a subject starts at a word's start: "L'état-major", not "major"
            lo = before[0]
            while lo > seg_start and tokens[lo - 1].whitespace_ == "" and inq[lo - 1] == -1 and (
                    self.orths[lo] == "-" or self.orths[lo - 1] == "-"):
                lo -= 1
            if lo < before[0] and lo > seg_start and self.lower[lo - 1] in ("l'", "l’"):
                lo -= 1
            before = (lo, before[1])
        if before is not None and before[1] - before[0] == 1 and self.lower[before[0]] in ("il", "elle"):
            before = self._main_subject(before[0], seg_start) or before  # "M. X a réclamé ..., qu'il accuse de"
        if before is not None and before[1] - before[0] == 1 and self.lower[before[0]] == "qui":
            before = self._antecedent(before[0], seg_start) or before  # "M. X, qui a exclu de relever ..."
        # a subject found through a parse that crosses the segment can come out empty: no subject then
        before = before if before is not None and before[0] < before[1] else None
        after = after if after is not None and after[0] < after[1] else None
        if cue.comp is None and comma_before and after is not None and self._object_of(cue, after):
            # "Le porte-parole X, a condamné les frappes, accusant ...": the noun phrase after the verb is
            # its object, not an inverted subject; the verb's subject is before its comma
            own = before if before is not None and parsed_before else self._noun_stretch(seg_start, k)
            if own is not None and not any(self.inq[x] != -1 or self.poses[x] in ("VERB", "AUX", "SCONJ")
                                           for x in range(seg_start, k)):
                # (a clause before the comma makes the verb an incise: "X a remporté le prix, a annoncé
                # l'Académie", whose subject the parser may also read as an object)
                return own
        if cue.comp is None and (comma_before or before is None):
            return after or before
        return before or after

    def _before_brackets(self, k: int, seg_start: int) -> tuple[int, int] | None:
        """"Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a appelé les Etats à ...": the
        phrase before the brackets closing at k, with them (else the object after the verb is taken)."""
        o = next((x for x in range(k - 1, max(seg_start, k - 8) - 1, -1) if self.orths[x] == "("), None)
        if o is None or o - 1 < seg_start or any(self.inq[x] != -1 for x in range(o, k)):
            return None
        np = np_backward(self.doc, o - 1, seg_start)
        return (np[0], k + 1) if np is not None else None

    def _before_agent(self, k: int, seg_start: int) -> int:
        """"Le groupe paramilitaire, commandé par le général X, dit « Hemedti », a rejeté": the name ending
        at k, after a participle and "par", leads what the phrase before the participle's comma names; that
        phrase speaks (the end of it, or k)."""
        np = np_backward(self.doc, k, seg_start)
        a = np[0] if np is not None else k
        if a - 4 >= seg_start and self.lower[a - 1] == "par" and self.orths[a - 3] == "," and self.orths[a - 2].islower() \
                and self.poses[a - 2] in ("VERB", "ADJ") and "Part" in morph_of(self.tokens[a - 2], "VerbForm") \
                and self.inq[a - 4] == -1 and (np_backward(self.doc, a - 4, seg_start) is not None
                                               or self._before_brackets(a - 4, seg_start) is not None):
            return a - 4
        return k

    def _subjects_before(self, head) -> list:
        """The parser's subjects of `head` before it, outside quotation marks (an "il" it read as
        impersonal included: "Il a fait valoir que")."""
        return [c for c in children_of(head.doc, head.i) if c.i < head.i and self.inq[c.i] == -1 and (
            c.dep_ in ("nsubj", "nsubj:pass") or (c.dep_ == "expl:subj" and self.lower[c.i] in ("il", "elle")))]

    def _main_subject(self, pron: int, seg_start: int) -> tuple[int, int] | None:
        """"M. X a réclamé des sanctions contre Y, qu'il accuse de ...", "Le ministère a rejeté ces
        accusations, qu'il a jugées « ... »": "il"/"elle" in a relative clause opened by ", qu'" inside the
        sentence stands for the sentence's subject, a noun phrase of the same gender before it."""
        verb = self.tokens[pron].head
        if pron < 2 or self.lower[pron - 1] not in ("qu'", "qu’") or self.orths[pron - 2] != "," \
                or verb.dep_ not in ("acl:relcl", "ccomp"):  # (a relative clause set off on a noun)
            return None
        root = verb.head
        for _ in range(2):
            if root.dep_ == "ROOT":
                break
            root = root.head
        if root.dep_ != "ROOT" or root.i > pron:
            return None
        subj = next((c for c in children_of(root.doc, root.i) if c.dep_ == "nsubj" and seg_start <= c.left_edge.i
                     and c.i < root.i and c.pos_ in ("NOUN", "PROPN") and self.inq[c.i] == -1), None)
        if subj is None:
            return None
        g = morph_of(subj, "Gender")
        if g and g[0] != ("Fem" if self.lower[pron] == "elle" else "Masc"):
            return None
        hi = next((x for x in range(subj.i + 1, root.i) if self.orths[x] == "," or self.poses[x] == "AUX"), root.i)
        return (subj.left_edge.i, min(hi, subj.right_edge.i + 1))

    def _antecedent(self, qui: int, seg_start: int) -> tuple[int, int] | None:
        """The phrase a subject "qui" stands for, by the parse: the noun the relative clause hangs on
        (past an apposition: "l'ancien chef de l'Etat X, l'un des pères fondateurs ..., qui avait
        exhorté"), up to its comma."""
        rel = self.tokens[qui].head
        if rel.dep_ != "acl:relcl":
            return None
        ant = rel.head
        for _ in range(3):
            if ant.dep_ != "appos" or ant.head.i >= ant.i:
                break
            ant = ant.head
        if ant.pos_ not in ("NOUN", "PROPN") or ant.i < seg_start or self.inq[ant.i] != -1 or ant.i >= qui:
            return None
        if any(self.poses[x] in ("VERB", "AUX") for x in range(ant.i + 1, qui)):
            return None  # (a verb between: the parser's attachment is not to be trusted)
        lo = max(ant.left_edge.i, seg_start)
        while lo - 1 >= seg_start and self.poses[lo - 1] == "PROPN" and self.inq[lo - 1] == -1:
            lo -= 1  # (a first name the parser left out: "l'opposant Ekuru | Aukot")
        if self.poses[lo] == "ADP":
            if ant.head.pos_ not in ("VERB", "AUX"):
                return None  # "une source proche du dossier, qui": the parser hung the clause on a complement
            while lo < ant.i and self.poses[lo] == "ADP":
                lo += 1  # "l'appel lancé par l'ancien chef de l'Etat X, ..., qui avait exhorté"
        hi = next((x for x in range(ant.i + 1, qui) if self.orths[x] == ","), qui)
        if any(self.inq[x] != -1 for x in range(lo, hi)):
            return None
        res = self.resolver
        i = bisect_left(res.starts, self.tokens[lo].idx)
        named = i < len(res.starts) and res.starts[i] < self.tokens[hi - 1].idx + len(self.tokens[hi - 1])
        if not (named or is_person_noun(ant.text) or fold(ant.text) in ORG_NOUNS):
            return None  # ("arrivé quatrième avec 9,7 %, qui": no one who speaks)
        return (lo, hi)

    def _object_of(self, cue: _Cue, span: tuple[int, int]) -> bool:
        """The parser reads the phrase after the verb as its direct object (an incise's inverted
        subject is read as its subject: ", a précisé le ministre")."""
        heads = [x for x in range(*span) if not (span[0] <= self.tokens[x].head.i < span[1])]
        return len(heads) == 1 and self.tokens[heads[0]].dep_ == "obj" \
            and cue.first <= self.tokens[heads[0]].head.i <= cue.last

    def _noun_stretch(self, seg_start: int, k: int) -> tuple[int, int] | None:
        """The words from the sentence's start to the comma at k when they are a noun phrase with its
        appositions (no verb, no quotation, no preposition opening it): "La ministre X, du parti Y,"."""
        a = seg_start
        while a < k and (self.tokens[a].is_punct or self.tokens[a].is_space):
            a += 1
        if a >= k or self.poses[a] not in ("DET", "PROPN", "NOUN"):
            return None
        if any(self.inq[x] != -1 or self.poses[x] in ("VERB", "AUX", "SCONJ") for x in range(a, k)):
            return None
        return (a, k)

    def _stressed_aside(self, k: int) -> bool:
        """Tokens k-2..k are ", lui ," (", elle ,", ", eux ,"): a stressed pronoun set off beside its
        subject ("M. X, lui, a soutenu que", "Le président X a, lui, estimé que"); the parser often
        hangs the subject elsewhere, and the subject is the phrase before the aside."""
        return k >= 2 and self.orths[k] == "," and self.lower[k - 1] in STRESSED and self.orths[k - 2] == "," \
            and self.inq[k] == -1

    def _after_incise(self, incise: _Cue, c: _Cue) -> bool:
        """"..., a rappelé M. X, estimant que ...": the participle right after an incise's inverted subject
        goes on with it (the parser may hang it on the reported clause's verb, whose subject is no speaker)."""
        a, b = incise.subject
        return incise.comp is None and a > incise.last and b < c.first and self.orths[b] == "," and all(
            self.orths[x] == "," or self.lower[x] in ("tout", "en") for x in range(b, c.first)) \
            and self._bare_incise(incise)  # (not "X, Y, a justifié l'abstention de Z en reprochant": an object)

    def _reported_cue(self, cue: _Cue) -> bool:
        """The cue heads a que-clause reported by another cue ("X a affirmé que Y ne reconnaîtrait ..."):
        a participle after that clause goes on with the reporter, not with the reported verb."""
        v = self.tokens[cue.first]
        return v.dep_ == "ccomp" and v.head.i < v.i and self.cue_at(v.head.i) is not None and any(
            c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in children_of(v.doc, v.i))

    def _head_subject(self, cue: _Cue, seg_start: int) -> tuple[int, int] | None:
        """"X a justifié l'abstention de ses troupes en estimant que ...": a gerund or participle
        set after its clause speaks with that clause's subject (before its verb), not the noun before it."""
        v = self.tokens[cue.first]
        if v.dep_ == "fixed" and self.lower[v.head.i] == "tout" and v.head.head.pos_ in ("VERB", "AUX") \
                and self._adjunct_participle(cue, seg_start):
            # "X a salué ..., tout en promettant que": the parser may read "tout en promettant" as one
            # fixed locution hung on the clause's verb (or on a quote before it); that verb's subject speaks
            head = v.head.head
            return next(((max(c.left_edge.i, seg_start), min(c.right_edge.i + 1, head.i))
                         for c in children_of(head.doc, head.i) if c.dep_ in ("nsubj", "nsubj:pass")
                         and c.i < head.i and self.inq[c.i] == -1 and c.i >= seg_start), None)
        if not (v.dep_ in ("advcl", "conj", "xcomp", "acl") and self._adjunct_participle(cue, seg_start)):
            return None
        node, head = v, v.head
        for _ in range(4):
            # "a mis en doute la régularité du scrutin, évoquant ...", "a ouvert la séance en appelant
            # ...": the parser hangs the participle on the object noun; the clause's verb speaks.
            # Also past a participle or an infinitive inside the object ("a rejeté les résultats des
            # élections remportées par X, dénonçant ..."): they have no subject of their own
            if head.head is head or head.i < seg_start or any(c.dep_ in ("nsubj", "nsubj:pass") for c in head.children):
                break
            if head.pos_ in ("VERB", "AUX"):
                if node is v and v.dep_ == "acl" or head.dep_ not in ("acl", "xcomp") \
                        or "Fin" in morph_of(head, "VerbForm") or any(c.dep_.startswith("aux") for c in head.children):
                    break
            elif node.dep_ != "acl":
                break
            node, head = head, head.head
        if head.dep_ == "ccomp" and head.head.i < head.i and self.cue_at(head.head.i) is not None and any(
                c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in children_of(head.doc, head.i)):
            # "X a affirmé que Y ne reconnaîtrait « aucune décision », rappelant que ...": a participle after
            # the reported clause goes on with the reporter, not with the reported clause's subject
            head = head.head
        for c in children_of(head.doc, head.i):
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i and self.inq[c.i] == -1 and c.i >= seg_start:
                return (max(c.left_edge.i, seg_start), min(c.right_edge.i + 1, head.i))
        return None

    def _name_before_apposition(self, k: int, seg_start: int) -> tuple[int, int] | None:
        """"le soutien de Felipe X, candidat ... arrivé quatrième avec 9,7 %, qui a appelé": a relative
        clause after a person's apposition (ending at k) is the person's; the name up to k."""
        doc = self.doc
        comma = next((x for x in range(k - 1, max(seg_start, k - 16), -1) if self.orths[x] == "," or self.inq[x] != -1), None)
        if comma is None or self.orths[comma] != "," or self.inq[comma] != -1 or comma - 1 < seg_start:
            return None
        head = next((t for t in token_list(doc)[comma + 1:k + 1] if t.pos_ in ("NOUN", "PROPN", "VERB", "AUX")), None)
        if head is None or head.pos_ != "NOUN":
            return None
        # a person's apposition, or an organisation's ("selon la Defensoría, l'organisme péruvien de
        # défense des droits, qui a appelé ...")
        label = "PER" if is_person_noun(head.text) else "ORG" if fold(head.text) in ORG_NOUNS else None
        if label is None:
            return None
        end = self.tokens[comma - 1].idx + len(self.tokens[comma - 1])
        res = self.resolver
        m = next((m for m in res.mentions[max(0, bisect_left(res.starts, end) - 3):bisect_left(res.starts, end)]
                  if m[1] == end and m[3].label == label), None)
        return (self._tok(m[0]), k + 1) if m is not None else None

    def _clause_subject(self, seg_start: int, verb: int) -> tuple[int, int] | None:
        """The subject of the sentence before `verb`: the parser's first subject whose verb comes
        before, else a noun phrase opening the sentence right before a finite verb ("Rome a ...")."""
        doc, inq = self.doc, self.inq
        for x in range(seg_start, verb):
            c = self.tokens[x]
            if c.dep_ in ("nsubj", "nsubj:pass") and inq[x] == -1 and c.head.i < verb and c.pos_ in ("NOUN", "PROPN") \
                    and c.left_edge.i >= seg_start:
                hi = next((y for y in range(c.i + 1, c.right_edge.i + 1) if self.tokens[y].is_punct), c.right_edge.i + 1)
                return (c.left_edge.i, min(hi, verb))
        a = seg_start
        while a < verb and (self.tokens[a].is_punct or self.tokens[a].is_space):
            a += 1
        np = np_forward(doc, a, verb)
        if np is not None and self._finite_next(np[1], verb) and inq[a] == -1:
            return np
        return None

    def _governing_subject(self, v, seg_start: int) -> tuple[int, int] | None:
        """The subject before the verb that governs v, up to three verbs up."""
        h = v
        for _ in range(3):
            if h.head is h or h.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "obl", "obl:arg", "acl"):
                return None
            h = h.head
            for c in children_of(h.doc, h.i):
                if c.dep_ in ("nsubj", "nsubj:pass") and seg_start <= c.i < h.i and self.inq[c.i] == -1:
                    hi = min(c.right_edge.i + 1, h.i)
                    while hi - 1 > c.i and (self.tokens[hi - 1].is_punct or self.poses[hi - 1] == "PRON"):
                        hi -= 1  # "M. X, lui, n'a ..."
                    return (max(c.left_edge.i, seg_start), hi)
        return None

    def _with_named_apposition(self, lo: int, hi: int, gs: int) -> tuple[int, int]:
        """"Son chef, Hiroshi Tanaka, a jugé": the parser may hang the name in apposition on the
        verb; the subject then runs over ", <name>," up to the verb group."""
        tokens, end = self.tokens, hi
        while end - 1 > lo and self.orths[end - 1] == ",":
            end -= 1
        if end < gs - 2 and self.orths[end] == "," and self.orths[gs - 1] == "," and tokens[end + 1].idx in self.resolver.person_starts \
                and all(self.poses[x] in ("PROPN", "NOUN", "ADJ") and self.inq[x] == -1 for x in range(end + 1, gs - 1)):
            return (lo, gs - 1)
        return (lo, hi)

    def _person_after(self, j: int, seg_end: int) -> tuple[int, int] | None:
        """The person named after a verb past a phrase the noun-phrase scan cannot cut: "a affirmé
        à l'AFP Karim Benali", "a déclaré au Figaro Jean Dupont" (two names in a row)."""
        doc, starts = self.doc, self.resolver.person_starts
        for x in range(j, min(seg_end, j + 8)):
            t = self.tokens[x]
            if self.inq[x] != -1 or t.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADV"):
                return None
            if x > j and t.idx in starts:
                return np_forward(doc, x, seg_end)
        return None

    def _in_locution(self, k: int) -> bool:
        """Token k is inside "d'ores et déjà", an adverb the parser reads as a noun phrase and a
        conjunction ("ont d'ores et déjà annoncé")."""
        doc = self.doc
        for first in range(max(0, k - 3), k + 1):
            if first + 3 < len(doc) and self.lower[first] in ("d'", "d’") and self.lower[first + 1] == "ores" \
                    and self.lower[first + 2] == "et" and self.lower[first + 3] == "déjà":
                return True
        return False

    def _past_aside(self, k: int, seg_end: int) -> int:
        """Past "de son côté", "pour sa part" after an inverted verb: "a réagi de son côté le
        ministre" (the subject follows the aside)."""
        tokens = self.tokens
        if k + 3 <= seg_end and (self.lower[k], fold(self.orths[k + 2])) in ASIDES \
                and self.lower[k + 1] in ("son", "sa", "leur"):
            return k + 3
        if k + 2 < seg_end and self.lower[k] in ("d'", "d’", "de", "en", "à") and self.poses[k + 1] in ("NOUN", "ADV", "ADJ") \
                and tokens[k + 1].is_lower and self.poses[k + 2] == "DET" and self.inq[k + 1] == -1:
            return k + 2  # "a lancé d'entrée la procureure", "a déclaré en conférence le ministre": a bare adverbial
        if k < seg_end and self.orths[k] == ",":  # "a déclaré, émue, la réalisatrice": past the aside
            close = next((x for x in range(k + 2, min(seg_end, k + 5)) if self.orths[x] == ","), None)
            if close is not None and all(self.poses[x] in ("ADJ", "ADV", "VERB") and self.inq[x] == -1
                                         for x in range(k + 1, close)):
                return close + 1
        return k

    def _passive(self, cue: _Cue, seg_start: int) -> bool:
        """"une sanction jugée « disproportionnée »", "Invité à s'exprimer, X a déclaré", "L'attaque,
        revendiquée par le groupe": a past participle without an auxiliary says what someone else
        did; its noun is no speaker."""
        doc = self.doc
        v = self.tokens[cue.first]
        if self._nickname_cue(cue):
            return True  # "X, dit « Hemedti »": a name given
        if v.lower_ in ("dite", "dits", "dites") and cue.first > 0 and self.poses[cue.first - 1] == "NOUN":
            return True  # "l'affaire dite « Tramo »": a name given (not "dit": "le ministre dit que")
        if not (("Part" in morph_values(doc, v.i, "VerbForm") and "Past" in morph_values(doc, v.i, "Tense")) or (
                v.pos_ not in ("VERB", "AUX") and v.lower_.endswith(("é", "ée", "és", "ées")))):
            return False
        kids = children_of(doc, v.i)  # (Token.children builds new Token objects at each pass: see children_of)
        deps = child_deps(doc, v.i)  # (each dep_ read decodes a string: read once per Doc)
        if any(d == "aux:pass" and c.i < v.i for c, d in zip(kids, deps)) and "obl:agent" not in deps:
            return True  # "les vols devraient être assurés normalement": a passive with no agent reports nothing
        if any(d.startswith("aux") for d in deps):
            return False
        nxt = self.tokens[cue.last + 1] if cue.last + 1 < len(doc) else None
        if nxt is not None and nxt.text.startswith("-") and pronoun_of(nxt):
            return False  # "dit-elle": an inverted subject, the parser's participle is a finite verb
        poses, lemmas, lowers, orths = self.poses, self.lemmas, self.lower, self.orths
        for k in range(cue.first - 1, max(seg_start, cue.first - 10) - 1, -1):
            pos = poses[k]
            if (pos in ("AUX", "VERB") and lemmas[k] in ("avoir", "être")) or pos == "CCONJ":
                return False  # "a de son côté assuré", "a, dans un communiqué, dénoncé": an active verb
            if lowers[k] in ("s'", "s’", "se") or (orths[k] != "," and self.tokens[k].is_punct) or pos in ("VERB", "SCONJ") \
                    or self.inq[k] != -1:
                break
        return True

    def _sequel(self, cue: _Cue, seg_start: int) -> bool:
        """An infinitive after "avant de", "et de", "puis de" ("a précisé ..., avant d'ajouter que",
        "Et de conclure : « ... »"): the speaker goes on; it has no subject of its own."""
        tokens, k = self.tokens, cue.first - 1
        return (k - 1 >= seg_start and self.lower[k] in ("de", "d'", "d’") and self.lower[k - 1] in ("avant", "et", "puis")
                and "Inf" in morph_of(tokens[cue.first], "VerbForm"))  # (the cheap tests first)

    def _adjunct_participle(self, cue: _Cue, seg_start: int) -> bool:
        """", appelant ...", "tout en rappelant que ...": a present participle or gerund after the
        reporting verb of its sentence; its subject is that verb's, not a noun of the clause before."""
        tokens = self.tokens
        v = tokens[cue.first]
        gerund = v.lower_.endswith("ant") and cue.first > seg_start and (
            self.lower[cue.first - 1] == "en" or self._clitic_participle(cue.first))
        if not (gerund or ("Part" in morph_values(self.doc, v.i, "VerbForm")
                           and "Pres" in morph_values(self.doc, v.i, "Tense"))) or any(
                c.dep_.startswith("aux") for c in children_of(v.doc, v.i)):
            return False  # ("tout en avertissant": the parser may call the gerund a noun)
        k = cue.first - 1
        while k > seg_start and self.lower[k] in PARTICIPLE_LEAD:  # (", la jugeant « ... »": its object pronoun)
            k -= 1
        return k >= seg_start and (self.orths[k] == "," or self.lower[k + 1] in ("en", "tout"))  # ("tout en appelant")

    def _before_relative(self, comma: int, seg_start: int, before: tuple[int, int] | None):
        """"Le ministre, Vincent Dupré, qui avait reçu les syndicats cet été, a assuré que": the
        subject is what precedes the relative clause set off by commas before the verb (the parser
        often takes a noun inside the relative clause for the subject). None when there is no such
        relative clause opening the sentence's subject."""
        doc, inq = self.doc, self.inq
        rel = next((x for x in range(comma - 1, seg_start, -1)
                    if inq[x] != -1 or self.orths[x] in (";", ":")
                    or (self.lower[x] in ("qui", "dont") and self.orths[x - 1] == ",")), None)
        if rel is None or inq[rel] != -1 or self.orths[rel] in (";", ":") or rel - 2 < seg_start:
            return None
        lo = rel - 1
        while lo - 1 >= seg_start and inq[lo - 1] == -1 and self.orths[lo - 1] not in (";", ":"):
            lo -= 1
        if lo > seg_start and not all(self.tokens[x].is_punct or self.tokens[x].is_space for x in range(seg_start, lo)):
            return None  # '« ... » (OCS), créée en 2001, dont ..., a dit M. Wang': after a quote
        if any(self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(self.tokens[x], "VerbForm") for x in range(lo, rel - 1)):
            return None  # "Il a reçu le ministre, qui ..., a-t-il dit": an object, not the subject
        if any(self.orths[x] == "," and self._finite_next(x + 1, comma) for x in range(rel + 1, comma - 1) if inq[x] == -1):
            return None  # "43 civils, dont onze enfants, ont été tués ..., a annoncé X", "Le bilan, qui ...,
            # s'est alourdi ..., ont annoncé les autorités": the clause's own verb
        e = rel - 2
        if self.orths[e] == ")":  # "L'Organisation mondiale de la santé (OMS), qui ...": past the acronym
            e = next((x - 1 for x in range(e - 1, max(seg_start, e - 8), -1) if self.orths[x] == "("), e)
        if e < seg_start or not np_backward(doc, e, seg_start):
            return None
        if before is not None and before[0] < rel - 1:
            return (before[0], min(before[1], rel - 1))  # the parser's subject, without the relative
        return (lo, rel - 1)

    def _whole_name(self, span: tuple[int, int], seg_end: int) -> tuple[int, int]:
        """"selon le quotidien | Le Soir", "selon le parti | Les Verts": a name opening with its own
        article stops the noun phrase before it; a mention starting right there is the noun's name.
        "selon l'Institut national de la statistique | et des études économiques": a name holding
        "et" goes on to the end of its mention."""
        a = span[1]
        res = self.resolver
        if a < seg_end and self.poses[a] == "CCONJ":
            i = bisect_right(res.starts, self.tok_starts[span[1] - 1]) - 1
            if i >= 0 and res.mentions[i][1] > self.tok_starts[a]:
                b = a
                while b < seg_end and self.tok_starts[b] < res.mentions[i][1]:
                    b += 1
                return (span[0], b)
        if a >= seg_end or not self.tokens[span[1] - 1].is_lower or self.poses[span[1] - 1] != "NOUN" \
                or not self.orths[a][:1].isupper() or self.inq[a] != -1:
            return span
        m = a + (self.orths[a] in ("L'", "L’", "Le", "La", "Les") and a + 1 < seg_end)  # "L'Equipe": the
        i = bisect_left(res.starts, self.tok_starts[m])  # entity may leave its article out
        if i < len(res.mentions) and res.starts[i] == self.tok_starts[m]:
            end = res.mentions[i][1]
            b = a
            while b < seg_end and self.tok_starts[b] < end:
                b += 1
            return (span[0], b)
        b = m  # no entity: the capitalised words of the name
        while b < seg_end and self.poses[b] == "PROPN" and self.orths[b][:1].isupper() and self.inq[b] == -1:
            b += 1
        return (span[0], b) if b > m else span

    def _mention_within(self, span: tuple[int, int], label: str | None = None) -> bool:
        """An entity mention (of `label`, if given) starts inside the token span."""
        res = self.resolver
        lo, hi = self.tok_starts[span[0]], token_ends(self.doc)[span[1] - 1]
        return any(label is None or m[3].label == label
                   for m in res.mentions[bisect_left(res.starts, lo):bisect_left(res.starts, hi)])

    def _finite_next(self, x: int, end: int) -> bool:
        """A finite verb at x, past clitics ("s'est", "ne sera", "n'a")."""
        tokens = self.tokens
        while x < end and self.lower[x] in CLITICS and self.poses[x] in ("PRON", "ADV"):
            x += 1
        return x < end and self.poses[x] in ("AUX", "VERB") and "Fin" in morph_of(tokens[x], "VerbForm")

    # -- quotes -------------------------------------------------------------------------------
    def _speaker(self, cue: _Cue | None, seg: int, char: int) -> Speaker | None:
        if cue is not None and cue.subject is None and cue.sequel:
            return self._continuation(seg)
        if cue is None or cue.subject is None:
            return None
        a, b = cue.subject
        if b - a == 1 and self.lower[a].lstrip("-") == "on":
            around = self._entourage()
            if around is not None:
                cue.subject = around
        earlier = self._reported_subject(cue)
        if earlier is not None:
            self.resolver.remember(earlier, char, seg)
            return earlier
        sp = self.resolver.resolve(cue.subject, seg)
        if sp is not None and sp.label != "PER":
            sp = self._named_voice(cue, seg) or sp
        if sp is not None and sp.resolved_by == "unnamed" and self.opening_selon is not None:
            sp = self._selon_over_unnamed(cue, seg) or sp
        if sp is not None:
            self.resolver.remember(sp, char, seg)
        return sp

    def _reported_subject(self, cue: _Cue) -> Speaker | None:
        """"X a estimé que la Ligue « ... » et a appelé ses partenaires à ...", "X a fait savoir qu'il
        suivait ... et a rappelé que ...": a subject found inside the words an earlier verb of the sentence
        reported, with "et"/"mais" between those words and this verb, is that clause's; the verb is
        coordinated with the reporting one, whose speaker it shares."""
        a, b = cue.subject
        lo, hi = self.tokens[a].idx, self.tokens[b - 1].idx + len(self.tokens[b - 1])
        at = self.tokens[cue.first].idx
        for q in reversed(self.quotes):
            if q.start <= lo and hi <= q.end <= at and q.speaker is not None and q.speaker.mention is not None \
                    and not (q.start <= q.speaker.mention.start < q.end) and q.speaker.mention.end <= q.start:
                between = [x for x in range(b, cue.first) if self.tokens[x].idx >= q.end]
                if any(self.lower[x] in ("et", "mais") for x in between) and len(between) <= 6:
                    return q.speaker
                return None
        return None

    def _named_voice(self, cue: _Cue, seg: int) -> Speaker | None:
        """"Le RN, par la voix de son président X, a fait savoir", "Le PS a fait savoir par la voix de son
        secrétaire général, X, qu'il ...": the person named as the body's voice speaks (an unnamed voice,
        "par la voix d'un porte-parole", leaves the body)."""
        _, b = self.seg_range
        lo, hi = min(cue.subject[0], cue.first), min(b - 3, cue.last + 4)
        x = next((x for x in range(lo, hi) if self.lower[x] == "par" and self.lower[x + 1] == "la"
                  and self.lower[x + 2] == "voix" and self.inq[x] == -1), None)
        if x is None or x + 4 >= b or self.lower[x + 3] not in ("de", "d'", "d’", "du"):
            return None
        start = x + 3 if self.lower[x + 3] == "du" else x + 4
        end = next((y for y in range(start + 1, min(b, start + 16)) if self.inq[y] != -1 or self.poses[y] in ("VERB", "AUX", "SCONJ")
                    or self.lower[y] in ("qu'", "qu’", "que")), None)
        if end is None:
            return None
        while end > start and self.orths[end - 1] in (",", "("):
            end -= 1
        sp = self.resolver.resolve((start, end), seg)
        return sp if sp is not None and sp.label == "PER" and sp.resolved_by == "name" else None

    def _entourage(self) -> tuple[int, int] | None:
        """"Dans l'entourage du Premier ministre, on se félicitait", "a-t-on indiqué dans l'entourage du
        ministre": "on" is those around someone, the phrase "l'entourage de X" of the segment."""
        a, b = self.seg_range
        for x in range(a, b - 3):
            if self.lower[x] == "dans" and self.lower[x + 2] == "entourage" and self.inq[x] == -1:
                return np_forward(self.doc, x + 1, b)
        return None

    def _selon_over_unnamed(self, cue: _Cue, seg: int) -> Speaker | None:
        """"Selon elle, les rescapés ont raconté avoir payé ...", "Selon lui, une vingtaine de pays ont fait
        savoir ...": a verb whose subject is an unnamed phrase inside the clause a "selon" opens reports
        what the "selon" source says; the source speaks (a name or a pronoun for the subject keeps it:
        "Selon son porte-parole, il a appelé ...")."""
        k = self.opening_selon
        span = self._selon_np(k, cue.first)
        if span is None:
            return None
        j = span[1] if self.orths[span[1]] == "," else self._selon_comma(span[1], cue.first + 1)
        if j is None or not j < cue.subject[0] < cue.first:
            return None
        return self.resolver.resolve((span[0], j), seg)

    def _add(self, text_start: int, text_end: int, kind: str, cue: _Cue | None, speaker: Speaker | None,
             lemma: str | None = None) -> None:
        text = self.text
        while text_start < text_end and (text[text_start].isspace() or text[text_start] in ",:"):
            text_start += 1
        while text_end > text_start and (text[text_end - 1].isspace() or text[text_end - 1] in ",;:."):
            text_end -= 1
        if text_end <= text_start:
            return
        if kind == "indirect" and self._act_not_words(text_start, text_end, lemma or (cue.lemma if cue else None), speaker):
            return
        cue_span = None
        if cue is not None:
            a, b = self.tokens[cue.first].idx, self.tokens[cue.last].idx + len(self.tokens[cue.last])
            cue_span = Span(text[a:b], a, b)
        conf = {"direct": 0.9, "mixed": 0.8, "indirect": 0.7}[kind]
        if speaker is None or speaker.entity_id is None:
            conf -= 0.2
        self.quotes.append(Quote(text[text_start:text_end], text_start, text_end, kind,
                                 lemma or (cue.lemma if cue else None), cue_span, speaker, round(conf, 2)))

    def _act_not_words(self, start: int, end: int, lemma: str | None, speaker: Speaker | None) -> bool:
        """An unquoted call or pledge that reports an act, not words (the golds give none; session 31):
        "a appelé à manifester samedi" (a rally called), and a state's or a body's "a promis de verser
        3 milliards" (a pledge of means; a person's promise, or "a promis que ..." with its own verb, stays),
        and an accusation whose words leave out the accused (`_bare_infinitive`)."""
        i = self._tok(start)
        if lemma == "appeler":
            return self.lemmas[i] in CALLS_TO_MARCH
        if lemma in ACCUSATIONS:
            return self._bare_infinitive(i, self._tok(end - 1) + 1)
        if lemma not in PROMISES or speaker is None or speaker.label == "PER" \
                or (speaker.label is None and any(is_person_noun(w) for w in speaker.name.split())):
            return False  # ("le nouveau recteur a promis de ...": a person's words)
        j = self._tok(end - 1) + 1
        first_verb = next((k for k in range(i, j) if self.poses[k] in ("VERB", "AUX")), None)
        return first_verb is not None and "Inf" in morph_values(self.doc, first_verb, "VerbForm")

    def _bare_infinitive(self, i: int, j: int) -> bool:
        """The text opens on its infinitive ("qu'il accuse d'avoir organisé les barrages", "X, accusés d'avoir
        acheminé du pétrole"): the accused is a relative pronoun or the participle's own noun, left out of
        the words, an accusation the golds do not give (session 31)."""
        while i < j and self.lower[i] in INF_LEAD:
            i += 1
        return i < j and self.orths[i][:1].islower() and self.poses[i] in ("VERB", "AUX") \
            and "Inf" in morph_values(self.doc, i, "VerbForm")  # (lower case: "accuse Rabat de", a name read as a verb)

    def _inner(self, q: int) -> tuple[int, int]:
        a, b = self.spans[q]
        closes = self.text[b - 1] in "»”\""
        return a + 1, b - 1 if closes else b

    def _clause_end(self, start: int, seg_start: int, seg_end: int, post_cues: set[int],
                    own_clause: bool = False) -> int:
        tokens = token_list(self.doc)  # (indexing the Doc builds a new Token each time)
        end = seg_end
        while end > start and (self.orths[end - 1] in END_PUNCT or tokens[end - 1].is_space):
            end -= 1
        aside = -1
        for k in range(start, end):
            if self.inq[k] != -1 or k <= aside:
                continue
            if self._speaker_reminder(k, end):
                # "une « mise en scène » destinée, selon lui, à justifier ...": the speaker named
                # again inside the reported words, which go on
                aside = k + 3
                continue
            if self.lower[k] == "selon" and k > start and k + 2 < end and self.lower[k + 1] in STRESSED \
                    and self.orths[k - 2] != "," and self.poses[k - 1] in ("VERB", "AUX", "ADJ") \
                    and not tokens[k + 2].is_punct and self.inq[k + 1] == -1:
                # "une « persécution » orchestrée selon lui par ...", "dont la présence relevait selon
                # lui d'une « ... »": the speaker recalled in the middle of their own words, which go
                # on (", délaissé selon lui faute de ...", an aside opened by a comma, still ends them)
                aside = k + 1
                continue
            if self.orths[k] == ";" or (self.lower[k] in ("selon", "tandis") and k > start):
                return k  # ("..., tandis que des élus ont salué ...": the writer's contrast, another clause)
            if self.orths[k] == "," and k + 1 < end and (
                    self.lower[k + 1] in PREPOSITIONS or self._is_dapres(k + 1)
                    or (self.lower[k + 1] not in ("ne", "n'", "n’")
                        and any(x in post_cues or (self.cue_at(x) and not self._participle_aside(k, x) and not self._clitic_participle(x))
                                for x in range(k + 1, min(k + 4, end))))):
                return k  # ", selon ...", ", a-t-il ajouté", ", tout en reconnaissant que" (never negated:
                # ", ne justifie pas un investissement" is the reported clause's verb)
            if self._trailing_relative(k, start, end):
                return k  # "« A » pour les sous-traitants, dont plusieurs ont ...": the writer's gloss
            if self.orths[k] == "," and k + 4 < end and self._dating(k + 1 + (self.lower[k + 1] == "à")):
                return k  # ", au lendemain de ...", ", à la veille de ...": the writer dates the report
                # against another event; the reported words end before
            if self.orths[k] == "," and k + 1 < end and not own_clause and self._speaker_aside(k, end):
                return k  # ", tout en refusant de ...", ", une formule qu'il répète": the writer's, not reported
            if self.orths[k] == "," and k + 1 < end and self.poses[k + 1] == "VERB" and "Part" in morph_of(tokens[k + 1], 
                    "VerbForm") and "Pres" in morph_of(tokens[k + 1], "Tense") and self.inq[k + 1] == -1:
                return k  # "a accusé X de « A », citant ...": the speaker's participle, not reported words
            if self.poses[k] == "CCONJ" and k > start and not own_clause and not self._in_locution(k):
                # (a clause after "Selon X," has its own subject: "Selon X, Matignon « A » et avait
                # multiplié ..." goes on reporting)
                nxt = next((x for x in range(k + 1, min(k + 5, end)) if self.poses[x] != "ADV" and not (
                    self.poses[x] == "AUX" and "Fin" in morph_of(tokens[x], "VerbForm"))
                    and not (self.lower[x] in CLITICS and self.poses[x] == "PRON")), None)  # "et l'a condamné"
                if nxt is not None and self.poses[nxt] == "VERB" and not self._coordinated_inside(nxt, start) \
                        and not self._reported_tense(k + 1, nxt + 1) and (
                        "Part" in morph_of(tokens[nxt], "VerbForm") or (
                        "Fin" in morph_of(tokens[nxt], "VerbForm") and self.cue_at(nxt))):
                    # "a condamné « X » et demandé ...", "a accusé X de « A » et a appelé Y à « B »":
                    # a second predicate, with or without its own auxiliary, or a second reporting
                    # verb in the present ("affirment qu'ils « A » et appellent Moscou à « B »")
                    return k
                if self.orths[k - 1] == "," and self.lower[k + 1] not in ("que", "qu'", "qu’") and any(self.cue_at(x) and self.inq[x] == -1 and any(
                        self.poses[y] in ("NOUN", "PROPN") or self.lower[y] in SUBJECT_PRONOUNS for y in range(k + 1, x))
                        for x in range(k + 2, min(k + 7, end))):
                    return k  # "..., et le club a dénoncé « B »", "..., mais il a assuré ...": a new clause of speaking
        return end

    def _trailing_relative(self, k: int, start: int, end: int) -> bool:
        """", dont ..." after the last quoted fragment of a mixed clause: a relative the writer adds
        on a noun of the clause ("la hausse serait « difficilement supportable » pour les
        sous-traitants, dont plusieurs ont annoncé ..."); the read golds end the reported words
        before it (session 24). Not in an indirect clause, where ", dont ..." is mostly an aside
        inside its subject ("Plusieurs pays, dont X, ont ..."). (An absolute participle clause,
        ", le Nord étant ...", was tried the same way and dropped: 4 right, 3 wrong.)"""
        return self.orths[k] == "," and k + 1 < end and self.lower[k + 1] == "dont" \
            and any(self.inq[x] != -1 for x in range(max(start - 1, 0), k)) \
            and all(self.inq[x] == -1 for x in range(k, end))

    def _dating(self, x: int) -> bool:
        """Tokens from x read "au lendemain de" or "la veille de" (after "à")."""
        return (self.lower[x], self.lower[x + 1]) in DATING and self.lower[x + 2] in ("de", "d'", "d’", "du", "des")

    def _reminder_before(self, qa: int, seg_start: int) -> int | None:
        """The "selon" of "selon lui" (past a comma or a preposition: "selon lui à « ... »", "qui,
        selon elle, « ... »") right before the quote opening at qa."""
        tokens, x = self.tokens, qa - 1
        if x > seg_start and (self.orths[x] == "," or self.lower[x] in ("à", "de", "d'", "d’", "pour")) and self.inq[x] == -1:
            x -= 1
        if x - 1 >= seg_start and self.lower[x] in STRESSED and self.lower[x - 1] == "selon" and self.inq[x - 1] == -1:
            return x - 1
        return None

    def _speaker_reminder(self, k: int, end: int) -> bool:
        """", selon lui," at k (a comma): a stressed pronoun recalling the speaker, set off inside
        the reported words, not a new source."""
        tokens = self.tokens
        # (a bare "délaissé selon lui faute de ..." still ends the words: a dev gold cuts there)
        return self.orths[k] == "," and k + 3 < end and self.lower[k + 1] == "selon" and self.lower[k + 2] in STRESSED \
            and self.orths[k + 3] == "," and self.inq[k + 3] == -1

    def _negated(self, cue: _Cue, seg_start: int) -> bool:
        """"La Coordination, qui n'avait pas appelé à manifester, ...": a verb denied ("ne ... pas",
        "jamais", "plus") in its own verb group reports nothing said; a denied denial ("n'a pas nié
        que ...") grants it."""
        if cue.lemma in DENIALS:
            return False
        tokens, k = self.tokens, cue.first - 1
        neg = False
        while k >= seg_start and k > cue.first - 6 and self.inq[k] == -1 and (
                self.poses[k] in ("AUX", "ADV") or self.lower[k] in CLITICS):
            if self.lower[k] in ("pas", "jamais", "plus", "guère", "point"):
                neg = True
            elif self.lower[k] in ("ne", "n'", "n’"):
                return neg
            k -= 1
        return False

    def _foreseen(self, cue: _Cue) -> bool:
        """An infinitive cue under "devrait", "doit", "pourrait" (directly or coordinated): "la
        déclaration finale devrait réaffirmer ... et condamner « ... »" foresees words not yet said."""
        v = self.tokens[cue.first]
        if "Inf" not in morph_values(self.doc, v.i, "VerbForm"):
            return False
        h = v.head if v.dep_ != "conj" else v.head.head
        if v.dep_ == "conj" and "Inf" not in morph_of(v.head, "VerbForm"):
            return False
        return h is not v and h.lemma_ in ("devoir", "pouvoir") and h.i < v.i and "Fin" in morph_of(h, "VerbForm")

    def _quote_in_phrase(self, end: int, seg_end: int) -> int:
        """`end`, or the end of a quote opening a few words after it with no punctuation, cue or
        finite verb between: the quoted words of one phrase ("un accord qui « envoie un message
        clair » à ceux qui « pensent pouvoir ... »")."""
        tokens = self.tokens
        for x in range(end, min(seg_end, end + 6)):
            if self.inq[x] != -1:
                return self.qtok[self.inq[x]][1] if self.qtok[self.inq[x]][0] == x and x > end else end
            t = tokens[x]
            if t.is_punct or self.cue_at(x) or (t.pos_ in ("VERB", "AUX") and "Fin" in morph_of(t, "VerbForm")):
                return end
        return end

    def _np_tail(self, q: int, k: int) -> bool:
        """After the quoted noun phrase q (its determiner inside the marks), the word at k opens a
        complement that the quoted words leave out: "a appelé à « la plus grande vigilance » face aux
        tentatives de ...": the quoted words only. A "de" complement of the noun ("a salué « le bon
        déroulement » du vote") goes with them, as the read golds quote it (session 12)."""
        doc = self.doc
        a = self.qtok[q][0] + 1
        if a >= len(doc) or self.poses[a] != "DET" or k + 1 >= len(doc):
            return False
        low = self.lower[k]
        return low == "face" and self.lower[k + 1] in ("à", "au", "aux")

    def _participle_aside(self, k: int, x: int) -> bool:
        """The cue at x is a past participle opening an aside after the comma at k ("l'enquête,
        lancée à la demande de X, porterait ..."): it qualifies a noun; no one speaks."""
        tokens = self.tokens
        t = tokens[x]
        return "Part" in morph_of(t, "VerbForm") and "Past" in morph_of(t, "Tense") and all(
            self.poses[y] == "ADV" for y in range(k + 1, x))

    def _speaker_aside(self, k: int, end: int) -> bool:
        """After the comma at k, words that go with the speaker's verb or comment on the whole
        report, not more reported words: a gerund (", tout en refusant de ...", ", en rappelant que"),
        ", sans + infinitive", ", alors que" / ", tandis que", ", en référence à", or an apposition naming the statement
        (", une formule qu'il répète ...")."""
        tokens = self.tokens
        if k + 2 >= end or self.inq[k + 1] != -1:
            return False
        a, b = self.lower[k + 1], tokens[k + 2]
        if a == "tout" and b.lower_ == "en":
            return True
        if a == "en" and b.pos_ in ("VERB", "AUX") and "Part" in morph_of(b, "VerbForm") and "Pres" in morph_of(b, "Tense"):
            return True
        if a == "en" and fold(b.text) in ("reference", "allusion"):
            return True  # ", en référence aux demandes de X": the writer glosses what the words aim at
        if a == "sans":
            x = k + 2
            while x < end and (self.poses[x] == "ADV" or (self.lower[x] in CLITICS and self.poses[x] == "PRON")):
                x += 1
            return x < end and self.poses[x] in ("VERB", "AUX") and "Inf" in morph_of(tokens[x], "VerbForm")
        if a in ("alors", "tandis") and b.lower_ in ("que", "qu'", "qu’"):
            return True
        return a in ("un", "une", "ce", "cette") and fold(b.text) in STATEMENT_NOUNS

    def _reported_tense(self, a: int, b: int) -> bool:
        """A finite verb in [a, b) in the conditional or the imperfect: after "et", the same reported
        clause goes on ("que l'athlète contestait ... et demanderait ..."); the speaker's own verbs
        are in the present or the passé composé."""
        tokens = self.tokens
        return any("Fin" in morph_of(tokens[x], "VerbForm") and (
            "Cnd" in morph_of(tokens[x], "Mood") or morph_of(tokens[x], "Tense") in (["Imp"], ["Pqp"])) for x in range(a, b))

    def _quoted_apposition(self, k: int, seg_end: int) -> int | None:
        """After a quoted object, ", capable selon lui « de jouer ... »." closing the sentence: more
        quoted words in an apposition without a verb of its own; the index of that quote."""
        tokens, inq = self.tokens, self.inq
        if k >= seg_end or self.orths[k] != "," or inq[k] != -1:
            return None
        x, found = k + 1, None
        while x < seg_end:
            if inq[x] != -1:
                if found is not None or inq[x] in self.consumed:
                    return None
                found = inq[x]
                x = self.qtok[found][1]
                continue
            t = tokens[x]
            if t.text in END_PUNCT or t.is_space:
                break
            if t.text in (",", ";", ":") or (t.pos_ in ("VERB", "AUX") and "Fin" in morph_of(t, "VerbForm")) \
                    or self.cue_at(x) or x - k > 6 and found is None:
                return None
            x += 1
        return found

    def _coordinated_inside(self, v: int, start: int) -> bool:
        """A participle coordinated with one of the reported clause that it agrees with: "que les
        œuvres avaient été signalées à Interpol et inscrites dans la base" (not the speaker's second
        verb, "a condamné « X » et demandé ...", which is the reporting verb's)."""
        t = self.tokens[v]
        h = t.head
        if t.dep_ != "conj" or not start <= h.i < v or "Part" not in morph_of(h, "VerbForm"):
            return False
        agree = all(morph_of(t, f) == morph_of(h, f) or not morph_of(t, f) for f in ("Gender", "Number"))
        # ("mis", "pris": invariable in number, the parser gives them none)
        return agree and not (self.cue_at(v) and morph_of(t, "Number") in (["Sing"], []) and morph_of(t, "Gender") == ["Masc"])

    def _object_adjunct(self, k: int) -> bool:
        """After a quoted object noun phrase, a word opening an adjunct of the verb ("lors d'un
        sommet", "devant les députés", "à Genève") rather than a complement of the noun or an aim
        ("pour les éleveurs", "pour affaiblir X", "au regard des besoins")."""
        doc = self.doc
        low = self.lower[k]
        if low == "pour":
            return False  # "pour les éleveurs", and an aim, "un dossier « monté » pour affaiblir X", as in a
            # reported clause ("que le maire demandait de « revoir les notes » pour favoriser ...")
        if low in ("au", "à") and k + 2 < len(doc) and NOUN_LOCUTIONS & {fold(self.orths[k + 1]), fold(self.orths[k + 2])}:
            return False
        if low in ("à", "en") and k + 1 < len(doc) and not self._dating(k + 1):
            return False  # "a appelé X à « A » à rester ...", "a jugé Y « B » à quelques mois de ...",
            # "... « C » en créant ...": the read golds run the reported words on to the clause end
            # (session 24: 8 quotes gained, 1 lost, counted on base events)
        return low in CIRCUMSTANCE

    def _adverbial_comma(self, start: int, end: int) -> int:
        """`end`, or a comma before it opening an adverbial or a subordinate clause (", dans un
        contexte de ...", ", alors que ...", ", après les déboires ...")."""
        tokens = self.tokens
        for k in range(start, end - 1):
            if self.orths[k] == "," and self.inq[k] == -1 and (self.lower[k + 1] in ADVERBIAL_OPENERS or (
                    self.lower[k + 1] == "tout" and k + 2 < end and self.lower[k + 2] == "en")):
                if self._aside_before_quote(k, end):
                    continue
                return k
        return end

    def _aside_before_quote(self, k: int, end: int) -> bool:
        """The adverbial opening after the comma at k is closed by a comma and the clause goes on
        to quoted words: "avoir été invité, lors d'une réunion, à « ne pas politiser » les débats"."""
        tokens = self.tokens
        close = next((x for x in range(k + 2, min(end, k + 10)) if self.orths[x] in (",", ";", ":") or self.inq[x] != -1
                      or (self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(tokens[x], "VerbForm"))), None)
        if close is None or self.orths[close] != "," or self.inq[close] != -1:
            return False
        return any(self.inq[x] != -1 for x in range(close + 1, min(end, close + 4)))

    def _circumstance(self, k: int) -> bool:
        doc = self.doc
        if k + 1 < len(doc) and (self.lower[k], self.lower[k + 1]) in (("le", "long"), ("face", "à"), ("face", "au"), ("face", "aux")):
            return True  # "« cesser ses provocations » le long de la frontière", "face aux menaces"
        if self.lower[k] not in CIRCUMSTANCE:
            return False
        if self.lower[k] in ("au", "à") and k + 2 < len(doc) and NOUN_LOCUTIONS & {
                fold(self.orths[k + 1]), fold(self.orths[k + 2])}:
            return False  # "de « sacrifier l'usine » au profit de ses sites": the reported words go on
        nxt = self.tokens[k + 1] if k + 1 < len(doc) else None
        return not (self.lower[k] == "pour" and nxt is not None and (
            "Inf" in morph_of(nxt, "VerbForm") or nxt.pos_ == "PRON" or nxt.lower_ in ("ne", "n'", "n’")))
        # ("pour préserver", "pour s'assurer": an aim inside the reported words)

    def _selon_len(self, k: int) -> int:
        """The number of words of the "selon"-like locution opening at k, 0 if none: one for "selon",
        two for "d'après", three for "aux yeux de" and "à en croire", four for "de l'avis de"."""
        lower = self.lower
        for rest in _SELON_WORDS.get(lower[k], ()):
            if k + len(rest) < len(lower) and (not rest or lower[k + 1] in rest[0]) \
                    and all(lower[k + 1 + i] in forms for i, forms in enumerate(rest)):  # (most: the second word differs)
                return 1 + len(rest)
        return 0

    def _is_dapres(self, k: int) -> bool:
        """A locution of more than one word ("d'après", "aux yeux de") opens at k."""
        return self._selon_len(k) > 1

    def _quote_or_selon_in(self, start: int, end: int) -> bool:
        """A quotation or a "selon"-like preposition lies in the token range."""
        q = bisect_left(self.qtok, (start, -1))
        s = bisect_left(self.selon_candidates, start)
        return (q < len(self.qtok) and self.qtok[q][0] < end) or (
            s < len(self.selon_candidates) and self.selon_candidates[s] < end)

    def _opens(self, tok: int, seg_start: int) -> bool:
        return all(self.tokens[x].is_punct or self.tokens[x].is_space for x in range(seg_start, tok))

    def run_segment(self, n: int, seg_start: int, seg_end: int) -> None:
        tokens, inq = self.tokens, self.inq
        near = self.cue_list[bisect_left(self.cue_list, seg_start):bisect_left(self.cue_list, seg_end)]
        cues = [c for c in (self.cue_at(i) for i in near if inq[i] == -1)
                if c and not self._passive(c, seg_start) and not self._foreseen(c) and not self._negated(c, seg_start)]
        self.opening_selon, self.seg_range = None, (seg_start, seg_end)
        if not cues and not self._quote_or_selon_in(seg_start, seg_end):
            return  # most sentences: nothing reports anything
        self.opening_selon = next((k for k in self.selon_candidates[bisect_left(self.selon_candidates, seg_start):
                                                                     bisect_left(self.selon_candidates, seg_end)]
                                   if self.inq[k] == -1 and self._opens(k, seg_start) and self.lower[k] == "selon"), None)
        for i in near:
            c = self.cue_at(i)
            if c is not None and c.lemma in JUDGING and inq[i] == -1 and c not in cues and not self._nickname_cue(c):
                self._agent_quote(c, n, seg_end)
        for n_cue, c in enumerate(cues):
            c.comp = self.complement(c, seg_end)
            if c.comp is not None and c.comp[0] == "object" and c.lemma in NOT_SPEECH_OBJECT:
                c.comp = None  # "Son adjoint assurera l'intérim « jusqu'à nouvel ordre »": no speech
            c.subject = self.subject(c, seg_start, seg_end)
            k = c.first - 1
            while k > seg_start and (self.poses[k] == "ADV" or (self.poses[k] == "AUX" and k > c.first - 3)):
                k -= 1  # "et a appelé", "et a aussi appelé"
            if n_cue and self.poses[k] == "CCONJ" and (c.subject is None or c.subject[0] > c.last):
                c.subject = cues[n_cue - 1].subject  # "a condamné « X » et demandé ...": same subject
            elif n_cue and self._adjunct_participle(c, seg_start):
                prev = n_cue - 1
                while prev and self._reported_cue(cues[prev]):
                    prev -= 1  # ("X a affirmé que Y ne reconnaîtrait « ... », rappelant que": X's verb, not Y's)
                if cues[prev].subject is not None and (
                        cues[prev].subject[0] < cues[prev].first or self.orths[cues[prev].subject[0]].startswith("-")
                        or self._after_incise(cues[prev], c) or self._head_subject(c, seg_start) is None):
                    # (a subject before the clause's verb stays: "X, Y, a justifié l'abstention de Moscou en
                    # reprochant ...", where the first verb took the object after it for an inverted subject)
                    c.subject = cues[prev].subject  # "», a-t-elle déclaré, appelant l'armée à « cesser »"
            if self._clitic_participle(c.first):
                c.subject = self._absolute_subject(c, seg_start, n) or c.subject
            if self._sequel(c, seg_start):  # "avant d'ajouter que ...", "Et d'ajouter : « ... »"
                c.subject = cues[n_cue - 1].subject if n_cue else None
                c.sequel = True
        # ", la qualifiant de « ... »" after a verb reporting a clause goes on with that clause ("a
        # exhorté X à réduire sa présence, la qualifiant de « ... »"): no quote of its own
        cues = [c for n_cue, c in enumerate(cues) if not (
            self._clitic_participle(c.first) and any(d.comp is not None for d in cues[:n_cue]))]
        post = [c for c in cues if c.comp is None]
        covered, produced = -1, len(self.quotes)
        for c in cues:
            if c.comp is None or c.first < covered:
                continue
            kind_of, start = c.comp
            if kind_of == "object":
                # "a réclamé des « garanties écrites » sur le maintien des emplois": the object
                # from its determiner, to the clause end unless an adjunct follows the marks
                end = self.qtok[inq[start]][1]
                while end + 1 < seg_end and self.lower[end] in ("et", "ou") and inq[end + 1] != -1 \
                        and self.qtok[inq[end + 1]][0] == end + 1:
                    end = self.qtok[inq[end + 1]][1]  # "juge la grève « A » et « B »": both
                after = tokens[end] if end < seg_end else None
                if not (after is None or after.is_punct or self._object_adjunct(after.i) or after.pos_ == "CCONJ"
                        or self.cue_at(end)):
                    # "a promis un « plan d'urgence » pour les éleveurs": the noun's complements,
                    # up to a comma opening an adverbial (", dans un contexte de ...")
                    end = max(end, self._adverbial_comma(end, self._clause_end(end, seg_start, seg_end, {p.first for p in post})))
                elif after is not None and not after.is_punct:
                    end = self._quote_in_phrase(end, seg_end)  # "un accord qui « A » à ceux qui « B »": both
                obj = max(c.last + 1, c.obj_start)
                while obj < start and (self.poses[obj] == "ADV" or (self.lower[obj] in CLITICS and self.poses[obj] == "PRON")
                                       or self.lower[obj] in INVERTED or pronoun_of_lower(self.lower[obj])):
                    obj += 1
                inside = sorted({inq[x] for x in range(start, end) if inq[x] != -1})
                for q in inside:
                    end = max(end, self.qtok[q][1])
                covered = end
                self.consumed.update(inside)
                b = max(self.spans[inside[-1]][1], tokens[end - 1].idx + len(tokens[end - 1]))
                a = tokens[obj].idx
                if obj == start and len(inside) == 1 and end == self.qtok[inside[0]][1]:
                    a, b = self._inner(inside[0])  # only the quoted words
                self._add(a, b, "mixed", c, self._speaker(c, n, tokens[c.first].idx))
                continue
            else:
                end = self._clause_end(start, seg_start, seg_end, {p.first for p in post})
                if kind_of not in ("que", "colon", "stance", "state"):  # "a appelé les Etats à présenter « ... » des plans, alors que ..."
                    end = self._adverbial_comma(start, end)
            inside = sorted({inq[x] for x in range(start, end) if inq[x] != -1})
            for q in inside:
                end = max(end, self.qtok[q][1])
            covered = end
            if (end - start < 2 or (kind_of in ("de", "a_obj") and c.lemma not in PROMISES
                                    and not self._personal_appeal(c, kind_of, n))) and not inside:
                continue  # "accuse X de fournir des armes" reports an accusation, not words
            if kind_of == "de" and c.lemma in ACCUSATIONS and (not inside or self.orths[start - 2] == ","):
                # (with quoted words too when an apposition sets the accused off: "a accusé X, qui
                # ..., de « ... »", as the golds quote it)
                obj = self._past_adjuncts(c.last + 1, start - 1)
                if obj < start - 1 and inq[obj] == -1:
                    start = obj  # "a accusé le Rwanda de fournir des armes": the accused with the charge
            elif kind_of == "de" and c.lemma in TAKES_DE_TOO and not inside and self._addressee_at(c) is not None:
                start = self._addressee_at(c)  # "a demandé à la commission de trancher": whom, then what
            addressee = None
            if inside and (kind_of == "a_obj" or (kind_of == "de" and c.lemma in NAMING | ACCUSATIONS)):
                # "a appelé les deux camps à « la plus grande retenue »", "a qualifié la réforme
                # d'« injuste »": the words say little without whom they address or what they name,
                # and the golds quote them together (a pronoun object stays out: "les a qualifiés de");
                # so with the accused of an accusation, "a accusé la direction de « jouer la montre »" (s26);
                # where the quoted words end stays as without it
                obj = self._past_adjuncts(c.last + 1, start - 1)
                if obj < start - 1 and inq[obj] == -1 and (self.poses[obj] in ("DET", "PROPN") or self.lower[obj] in OBJECT_DETS):
                    addressee = tokens[obj].idx
            if kind_of == "colon" and not inside and any(
                    self.poses[x] == "NOUN" and self.poses[x - 1] == "DET" and (c.lemma in EVALUATIVE or (
                        self.poses[x - 2] != "ADP" and not any("Fin" in morph_of(tokens[y], "VerbForm") for y in range(start, end))))
                    for x in range(c.last + 2, start - 1)):
                continue  # "Les marchés ont salué le résultat : le peso a gagné ...", "le musée propose une
                # exposition : ses paysages ...": what the object was, not words (an addressee, "a déclaré à
                # la presse :", is no object; "a annoncé une mesure : les loyers seront gelés" states one)
            if kind_of == "a" and c.lemma in TAKES_DE_TOO and not inside and self.lower[start] in ("être", "etre"):
                continue  # "a demandé à être reçu par le ministre": asking for a meeting, an act, not words
            # (a denial with a bare infinitive, "a démenti fournir des armes", "nie avoir dirigé le réseau",
            # reports what was said: session 17b, 3 right and 1 wrong on the read golds, before left out)
            sp = self._speaker(c, n, tokens[c.first].idx)
            if not inside:
                self._add(tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]), "indirect", c, sp)
                continue
            self.consumed.update(inside)
            first = self.qtok[inside[0]][0]
            if first == start and kind_of == "colon":
                a, b = self._inner(inside[0])
                self._add(a, b, "direct", c, sp)
            elif first == start:
                qend = self.qtok[inside[-1]][1]
                after = tokens[qend] if qend < end else None
                if after is None or after.is_punct or (kind_of == "quote" and self._reflexive_stance(c)
                                                       and after.lower_ not in ATTRIBUTE_PREPS) or (self._circumstance(after.i) and not (
                        after.lower_ == "à" and c.takes_a and kind_of == "quote") and not self._adjective_complement(qend)) \
                        or self._np_tail(inside[-1], after.i):
                    # ("s'est dite « préoccupée » par la situation": the quoted attribute, as the golds
                    # quote "s'est dit « prudemment satisfait », tout en ...")
                    # ("a appelé « les deux camps » à la retenue": the verb's second complement)
                    # "a appelé à « sauvegarder la paix » lors d'un sommet": the quoted words
                    more = self._quoted_apposition(qend, seg_end)
                    if more is not None:  # "a salué « un profil rare », capable selon lui « de ... »"
                        self.consumed.add(more)
                        self._add(self.spans[inside[0]][0], self.spans[more][1], "mixed", c, sp)
                        covered = max(covered, self.qtok[more][1])
                        continue
                    if addressee is not None:
                        self._add(addressee, self.spans[inside[-1]][1], "mixed", c, sp)
                    else:
                        self._add(self._inner(inside[0])[0], self._inner(inside[-1])[1], "mixed", c, sp)
                else:  # "a jugé « très improbable » l'adoption d'une résolution"
                    self._add(addressee if addressee is not None else self.spans[inside[0]][0],
                              tokens[end - 1].idx + len(tokens[end - 1]), "mixed", c, sp)
            else:  # the whole reported clause, quoted words included
                b = max(self.spans[inside[-1]][1], tokens[end - 1].idx + len(tokens[end - 1]))
                self._add(addressee if addressee is not None else tokens[start].idx, b, "mixed", c, sp)
        free = [q for q in sorted({inq[x] for x in range(seg_start, seg_end) if inq[x] != -1})
                if q not in self.consumed]
        cands = self.selon_candidates
        selon = next((k for k in cands[bisect_left(cands, seg_start):bisect_left(cands, seg_end)] if inq[k] == -1 and (
            self.lower[k] != "pour" or self._opens(k, seg_start))), None)  # "pour équiper ..., selon X": the "selon"
        # a verb attributed something: "selon" adds nothing ("», a-t-il ajouté, selon la même
        # source"), unless that verb is in a relative clause on the source ("..., selon l'ONG X,
        # qui estime que ...": two statements)
        spoke = self._spoke(selon, produced)
        deferred: list[tuple[int, int, _Cue]] = []
        deferred_q: set[int] = set()
        for q in free:
            qa, qb = self.qtok[q]
            opens = self._opens(qa, seg_start)
            cue = next((c for c in cues if c.first >= qb and not self._aim(c) and all(
                d.comp is None for d in cues if qb <= d.first < c.first)), None)
            if cue is not None and (cue.comp is not None or (
                    cue.subject and cue.subject[1] <= cue.first and not self.orths[cue.subject[0]].startswith("-"))):
                cue = None  # an attribution after the quote has its subject after the verb
            if cue is not None and not self._attribution_of(qb, cue):
                cue = None
            if cue is None:  # "« A », a-t-il dit, « B »": B follows the attribution
                cue = next((c for c in reversed(post) if c.last < qa and all(
                    tokens[x].is_punct or self.poses[x] == "ADV" or (c.subject and c.subject[0] <= x < c.subject[1])
                    for x in range(c.last + 1, qa))), None)
                opens = opens or cue is not None
            a, b = self._inner(q)
            if cue is not None and not opens and self._whole_clause_incise(cue, seg_start, qa):
                deferred_q.add(q)
                deferred.append((a, b, cue))  # "X a reçu le prix pour « Titre », a annoncé Y": the clause
            elif cue is not None:
                self._add(a, b, "direct" if opens else "mixed", cue, self._speaker(cue, n, tokens[cue.first].idx))
            elif selon is not None and opens and not spoke and not self._described_quote(qb):
                self._add(a, b, "direct", None, self._selon_speaker(selon, n, seg_end), "selon")
                selon = None
            elif self._reminder_before(qa, seg_start) is not None and self._selon_np(self._reminder_before(qa, seg_start), seg_end):
                # "a défendu un texte destiné selon lui à « remettre l'exigence ... »": the speaker
                # recalled right before the quoted words (nobody to recall: no quote)
                sp = self._selon_speaker(self._reminder_before(qa, seg_start), n, seg_end)
                if sp is not None:
                    self._add(a, b, "mixed", None, sp, "selon")
            elif opens and len(self.text[a:b].split()) >= MIN_FREE_QUOTE_WORDS and not self._described_quote(qb):
                self._add(a, b, "direct", None, self._continuation(n))
            # otherwise: scare quotes ("pour des "raisons de santé"") are not speech
        if selon is not None and not self._spoke(selon, produced) and (self._opens(selon, seg_start) or all(
                self._predicate_quote(q) for q in free if self.qtok[q][0] < selon)):
            # (a trailing "selon" after scare quotes, "pour des « raisons personnelles », selon son
            # entourage", gives nothing, as before; quoted words with a verb are the source's)
            self._selon_clause(n, selon, seg_start, seg_end, free)
        if deferred and all(q in deferred_q or self.spans[q][0] > tokens[deferred[-1][2].last].idx for q in free):
            # (quoted words after the incise, ", a dit X, pour qui « ... »", leave the clause before it whole)
            before = len(self.quotes)
            self._incise(n, seg_start, seg_end, post, [q.start for q in self.quotes[produced:]])
            if len(self.quotes) > before:
                self.quotes[-1].kind = "mixed"  # the clause with its quoted words
            else:
                for a, b, cue in deferred:
                    self._add(a, b, "mixed", cue, self._speaker(cue, n, tokens[cue.first].idx))
        elif not free:
            # "X, a précisé le ministre, qui a salué « ... »": quotes after the incise leave it
            self._incise(n, seg_start, seg_end, post, [q.start for q in self.quotes[produced:]])

    def _addressee_at(self, cue: _Cue) -> int | None:
        """"a demandé (mardi) à la commission de ...": the "à" that opens whom a request addresses."""
        x = self._past_adjuncts(cue.last + 1, min(len(self.lower), cue.last + 4))
        return x if x < len(self.lower) and self.lower[x] in ("à", "au", "aux") and self.inq[x] == -1 else None

    def _personal_appeal(self, cue: _Cue, kind_of: str, n: int) -> bool:
        """An appeal to someone ("a appelé X à ...") or an accusation ("a accusé X de ...") whose
        subject is a person: words said, reported without quoted words."""
        if not ((kind_of == "a_obj" and cue.lemma in APPEALS) or (kind_of == "de" and cue.lemma in ACCUSATIONS)
                or (kind_of == "de" and cue.lemma in TAKES_DE_TOO and self._addressee_at(cue) is not None)):
            return False
        if cue.subject is None:
            return False
        sp = self.resolver.resolve(cue.subject, n)
        return sp is not None and sp.label == "PER"

    def _aim(self, cue: _Cue) -> bool:
        """"« ... » pour y répondre, a-t-il averti": an infinitive after a preposition is an aim or a
        complement, never the verb attributing the quoted words before it."""
        return self.poses[cue.first - 1] == "ADP" or (self.lower[cue.first - 1] in CLITICS and self.poses[cue.first - 2] == "ADP") \
            if "Inf" in morph_of(self.tokens[cue.first], "VerbForm") else False

    def _attribution_of(self, qb: int, cue: _Cue) -> bool:
        """The verb after the quote ending at qb can attribute it: not a relative clause's verb
        ("le « pacte de Lomé », qui réclame deux sièges": the noun after it is its object), nor a
        verb whose subject is the quoted title described by a participle between them ("« Le Vent
        du sud », tourné en secret, raconte l'histoire de ...")."""
        tokens, k = self.tokens, cue.first - 1
        while k >= qb and (self.poses[k] in ("ADV", "AUX") or (self.lower[k] in CLITICS and self.poses[k] == "PRON")):
            k -= 1
        if k >= qb and self.lower[k] == "qui":
            return False
        return not (qb + 1 < cue.first and self._described_quote(qb))

    def _described_quote(self, qb: int) -> bool:
        """After the quote ending at qb, ", <past participle>" describes what the quoted words name
        (a title: "« Le Vent du sud », tourné en secret à Alger, ..."): a noun phrase, not speech."""
        doc = self.doc
        return qb + 1 < len(doc) and self.orths[qb] == "," and self.inq[qb] == -1 and self.inq[qb + 1] == -1 \
            and self.poses[qb + 1] in ("VERB", "ADJ") and self.lower[qb + 1].endswith(("é", "ée", "és", "ées", "it", "ite", "is", "ise")) \
            and ("Part" in morph_of(self.tokens[qb + 1], "VerbForm") or self.poses[qb + 1] == "ADJ")

    def _agent_quote(self, cue: _Cue, n: int, seg_end: int) -> None:
        """"une mesure jugée « largement insuffisante » par l'intersyndicale", "un texte qualifié de
        « provocation » par Pékin": a bare participle of judging, its quoted words, then the agent
        that said them."""
        doc, j = self.doc, cue.last + 1
        if j < seg_end and self.lower[j] in ("de", "d'", "d’", "comme"):
            j += 1
        if j >= seg_end or self.inq[j] == -1 or self.qtok[self.inq[j]][0] != j or self.inq[j] in self.consumed:
            return
        q = self.inq[j]
        e = self.qtok[q][1]
        if e + 1 >= seg_end or self.lower[e] != "par":
            return
        span = np_forward(doc, e + 1, seg_end)
        sp = self.resolver.resolve(span, n) if span is not None else None
        if sp is None:
            return
        self.resolver.remember(sp, self.tokens[e + 1].idx, n)
        self.consumed.add(q)
        a, b = self._inner(q)
        self._add(a, b, "mixed", cue, sp)

    def _whole_clause_incise(self, cue: _Cue, seg_start: int, qa: int) -> bool:
        """The quote sits inside a clause with its own finite verb and the cue after it is an
        inverted incise closing the sentence (", a annoncé l'Académie"): the incise reports the clause."""
        tokens = self.tokens
        subj = cue.subject
        if subj is None or (subj[0] <= cue.last and not self.orths[subj[0]].startswith("-")):
            return False  # (an inverted pronoun, "a-t-elle affirmé", closes the clause too)
        gs = cue.first
        while gs - 1 > seg_start and self.orths[gs - 1] != "," and gs > cue.first - 4:
            gs -= 1
        if gs - 1 <= seg_start or self.orths[gs - 1] != ",":
            return False
        if any(self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(tokens[x], "VerbForm") and self.inq[x] == -1
               for x in range(seg_start, qa)):
            return True
        # quoted words inside the subject of a verb after them: "Un « effet domino » sur les
        # sous-traitants est à craindre, a confié X" (a quote that opens with the verb keeps only the
        # quoted words, as the golds do: "Elles « se soutiennent ... », a-t-il ajouté")
        if not any(self.inq[x] == -1 and not tokens[x].is_punct for x in range(seg_start, qa)):
            return False
        qb = self.qtok[self.inq[qa]][1]
        for x in range(qb, gs - 1):  # up to a comma (", dont ... sont": an aside)
            if self.orths[x] == "," and self.inq[x] == -1:
                return False
            if self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(tokens[x], "VerbForm") and self.inq[x] == -1:
                return True
        # the quoted words hold the clause's verb and its subject stands before them, its object or
        # adjunct after them: "Les juges « examinent » deux recours, a indiqué X" reports the clause
        return qb < gs - 1 and any(self.inq[x] == -1 and not tokens[x].is_punct for x in range(qb, gs - 1)) \
            and any(self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(tokens[x], "VerbForm") for x in range(qa, qb))

    def _incise(self, n: int, seg_start: int, seg_end: int, post: list[_Cue], taken: list[int]) -> None:
        """Reported speech without marks, attributed by an inverted incise: "La décision a été
        prise à l'unanimité, a précisé Mme Lind." / "Moscou, a-t-il dit, mettra son veto".
        `taken`: starts of the quotes already found in the segment; the incise needs them after it."""
        tokens = self.tokens
        for c in post:
            if any(start < tokens[c.last].idx for start in taken):
                return
            subj = c.subject
            if subj is None or not (subj[0] > c.last or self.orths[subj[0]].startswith("-")):
                continue
            verb = tokens[c.first]
            if "Inf" in morph_of(verb, "VerbForm"):
                continue  # "..., pour protester contre le projet": an aim, not an attribution
            q = c.first - 1
            while q > seg_start and (self.poses[q] in ("AUX", "ADV") or self.lower[q] in CLITICS):
                q -= 1
            if self.lower[q] in ("qui", "que", "qu'", "qu’"):
                continue  # "MSF, qui soutient un hôpital, a dit ...": a relative clause's verb
            if "Pres" in morph_of(verb, "Tense") and "Part" in morph_of(verb, "VerbForm") and not any(
                    a.dep_.startswith("aux") for a in children_of(verb.doc, verb.i)):
                continue  # "..., interpellant deux militants": a participle attributes nothing
            gs = c.first
            while gs - 1 > seg_start and self.orths[gs - 1] != "," and gs > c.first - 4:
                gs -= 1
            if gs - 1 <= seg_start or self.orths[gs - 1] != ",":
                continue
            before = range(seg_start, gs - 1)
            if self._relative_to_cue(seg_start, gs - 1):
                continue  # "Le parti X, qui dirige la région, a rejeté toute réforme": the subject and its
                # relative clause, then the verb with its object, no incise
            if any("Fin" in morph_of(tokens[x], "VerbForm") for x in before):
                a, b = tokens[seg_start].idx, tokens[gs - 2].idx + len(tokens[gs - 2])
            else:
                j = max(subj[1], c.last + 1)
                if j >= seg_end or self.orths[j] != "," or (j + 1 < seg_end and self.lower[j + 1] in (
                        "qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle")):
                    continue  # "a rejeté ces accusations, qu'il a qualifiées de ...": a relative clause
                if j + 1 < seg_end and (self.poses[j + 1] in ("CCONJ", "SCONJ") or self.lower[j + 1] in ADVERBIAL_OPENERS):
                    continue  # "X, le groupe de Lyon, défend son moteur, tandis que Y ...": a clause of its own, no incise
                end = self._clause_end(j + 1, seg_start, seg_end, set())
                if end - j < 3:
                    continue
                a, b = tokens[j + 1].idx, tokens[end - 1].idx + len(tokens[end - 1])
            self._add(a, b, "indirect", c, self._speaker(c, n, tokens[c.first].idx))
            return

    def _relative_to_cue(self, seg_start: int, comma: int) -> bool:
        """"NP, qui ... ," running from the segment start to the comma before the verb: a subject and its
        relative clause, with no verb of a main clause before the verb ("Le navire, qui transportait du
        blé, a coulé, a indiqué X" has one)."""
        r = next((x for x in range(seg_start + 1, comma) if self.orths[x] == "," and self.inq[x] == -1
                  and self.lower[x + 1] in ("qui", "dont")), None)
        if r is None or any(
                self.orths[x] == "," and self.inq[x] == -1 for x in range(r + 1, comma)):
            return False
        return not any(self.poses[x] in ("VERB", "AUX") for x in range(seg_start, r))

    def _selon_np(self, k: int, seg_end: int) -> tuple[int, int] | None:
        first = k + (self._selon_len(k) or 1)
        span = np_forward(self.doc, first, seg_end)
        if span is None and first < seg_end and pronoun_of_lower(self.lower[first]):
            span = (first, first + 1)
        if span is not None:  # "un médecin joint par téléphone": the parser may take "joint" for a name
            cut = next((x for x in range(span[0] + 2, span[1]) if self.tokens[x].is_lower
                        and fold(self.orths[x]) in REACHED), None)
            span = (span[0], cut) if cut is not None else span
            span = self._whole_name(span, seg_end)
        return span

    def _selon_speaker(self, k: int, n: int, seg_end: int, upto: int | None = None) -> Speaker | None:
        span = self._selon_np(k, seg_end)
        if span and upto is not None and upto > span[1]:  # with its apposition: "Selon la ministre, X,"
            span = (span[0], upto)
        sp = self.resolver.resolve(span, n) if span else None
        if sp is not None:
            self.resolver.remember(sp, self.tokens[k].idx, n)
        return sp

    def _past_apposition(self, j: int, seg_end: int, person_head: bool = True) -> int:
        """After "Selon la première secrétaire du PS": past an acronym in brackets and a person's
        name in apposition ("(PS), Anne-Sophie Dupré,"), to the comma opening the clause."""
        doc = self.doc
        if j < seg_end and fold(self.orths[j]) in REACHED:  # "Selon un médecin joint par téléphone par l'AFP,"
            comma = next((x for x in range(j + 1, min(seg_end, j + 10)) if self.orths[x] == "," or self.inq[x] != -1
                          or "Fin" in morph_of(self.tokens[x], "VerbForm")), None)
            if comma is not None and self.orths[comma] == "," and self.inq[comma] == -1:
                return comma
        for _ in range(2):  # "Selon le Haut-Commissariat | aux réfugiés (HCR),": the name's complement
            if j < seg_end and self.poses[j] == "ADP" and self.lower[j] in ("au", "aux", "à", "pour", "en"):
                pp = np_forward(doc, j + 1, seg_end)
                if pp is None or pp[1] >= seg_end or self.orths[pp[1]] not in (",", "(", "au", "aux", "à"):
                    break
                j = pp[1]
        if j < seg_end and self.orths[j] == "(":
            close = next((x for x in range(j + 1, min(seg_end, j + 8)) if self.orths[x] == ")"), None)
            if close is not None:
                j = close + 1
        if j + 1 < seg_end and self.orths[j] == "," and person_head:
            # (only a person's noun takes a name in apposition: in "Selon l'accusation, M. X, alors
            # adjoint, avait ...", M. X is the clause's subject)
            app = np_forward(doc, j + 1, seg_end)
            if app is not None and app[1] < seg_end and self.orths[app[1]] == "," and self._mention_within(app, "PER"):
                j = app[1]
            elif self.poses[j + 1] in ("NOUN", "ADJ") and is_person_noun(self.orths[j + 1]) and self.inq[j + 1] == -1:
                # "Selon Marie X, économiste à la Banque mondiale, ...", "Pour X, chercheur à l'Ifri, ...":
                # a bare noun of person in apposition, up to its closing comma
                close = next((x for x in range(j + 2, min(seg_end, j + 16)) if self.orths[x] == "," or self.inq[x] != -1
                              or (self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(self.tokens[x], "VerbForm"))), None)
                if close is not None and self.orths[close] == "," and self.inq[close] == -1:
                    j = close
        return j

    def _spoke(self, selon: int | None, produced: int) -> bool:
        """A verb of the segment attributed something, other than one in a relative clause on the
        "selon" source."""
        return any(selon is None or q.cue_span is None or not self._relative_after(selon, q.cue_span.start)
                   for q in self.quotes[produced:])

    def _relative_after(self, selon: int, char: int) -> bool:
        """A relative clause on the "selon" source opens between it and `char` (", qui estime")."""
        doc = self.doc
        x = selon + 1
        while x < len(doc) - 1 and self.tokens[x + 1].idx < char:
            if self.orths[x] == "," and self.lower[x + 1] == "qui" and self.inq[x] == -1:
                return True
            x += 1
        return False

    def _predicate_quote(self, q: int) -> bool:
        """Quoted words with a verb ("n'auraient « jamais été diagnostiqués »") say something;
        a quoted noun phrase ("pour des « raisons personnelles »") only labels."""
        a, b = self.qtok[q]
        return any(self.poses[x] in ("VERB", "AUX") for x in range(a, b))

    def _selon_clause(self, n: int, k: int, seg_start: int, seg_end: int, free: list[int] = ()) -> None:
        """'Selon X, clause.' and 'clause, selon un diplomate.' (a person or a source)."""
        doc = self.doc
        span = self._selon_np(k, seg_end)
        if span is None:
            return
        # (the tags from the per-Doc list: a Doc slice builds a Span, and each `pos_` read decodes its string)
        head = next((self.tokens[k] for k in range(span[0], span[1]) if self.poses[k] == "NOUN"), None)
        named = self._mention_within(span)
        if head is not None and fold(head.text) in FIGURES and not named:
            # "selon ses chiffres", "selon les résultats d'un essai": figures of no one named, not
            # words ("selon un bilan de la police" is the police's)
            return
        if self._opens(k, seg_start):
            j = self._past_apposition(span[1], seg_end, head is None or is_person_noun(head.text))
            if self.lower[k] == "pour":  # "Pour Mme Herrera, Avignon reste ...": persons only
                sp = self.resolver.resolve(span, n)
                # (with quoted words in the clause, also a body or a person named by a noun: "Pour un
                # chercheur basé à Dakar, le traité rend « très improbable » ...", "Pour l'ONG X, l'accord
                # revient à « ... »"; without them, "Pour l'entreprise, c'est un coup dur" is no one's words)
                if sp is None or (sp.label != "PER" and not (
                        (sp.label == "ORG" or (head is not None and is_person_noun(head.text)))
                        and any(self.inq[x] != -1 for x in range(span[1], seg_end)))):
                    return
            if j < seg_end and self.lower[j] in ("qui", "dont") and self.inq[j] == -1:
                # "Selon un médecin qui a requis l'anonymat, ...": a relative clause without a comma
                j = next((x for x in range(j + 1, seg_end) if self.orths[x] == "," and self.inq[x] == -1), seg_end)
            if j >= seg_end or self.orths[j] != ",":
                j = self._selon_comma(span[1], seg_end)
                if j is None:
                    return
            elif j + 1 < seg_end and self.inq[j + 1] == -1 and self.poses[j + 1] in ("VERB", "ADJ") \
                    and "Part" in morph_of(self.tokens[j + 1], "VerbForm") and "Pres" not in morph_of(self.tokens[j + 1], "Tense"):
                # "Selon le parquet, contacté par l'AFP, l'enquête ...": past the participle on the source
                j = self._selon_comma(j + 1, seg_end) or j
            if j + 1 < seg_end and self.lower[j + 1] in ("qui", "dont"):
                # "Pour Mme Herrera, dont le spectacle a été ovationné, Avignon reste ...": past the
                # relative clause
                j = next((x for x in range(j + 2, seg_end) if self.orths[x] == "," and self.inq[x] == -1), seg_end)
                if j >= seg_end:
                    return
            end = self._clause_end(j + 1, seg_start, seg_end, set(), own_clause=True)
            if end - j < 3:
                return
            colon = next((x for x in range(j + 2, end - 1) if self.orths[x] == ":" and self.inq[x] == -1), None)
            after = self.inq[colon + 1] if colon is not None else -1
            if after != -1 and self.qtok[after][0] == colon + 1 and after not in self.consumed:
                end = colon  # "Pour X, la visite marque « un tournant » : « ... »": a claim, then the quote
            else:
                after = -1
            upto = j
            if span[1] + 1 < j and self.orths[span[1]] == "," and self.poses[span[1] + 1] in ("NOUN", "ADJ") \
                    and is_person_noun(self.orths[span[1] + 1]):
                upto = span[1]  # the name, without its apposition "économiste à la Banque mondiale"
            sp = self._selon_speaker(k, n, seg_end, upto)
            kind = "mixed" if any(self.inq[x] != -1 for x in range(j + 1, end)) else "indirect"
            whole = self.inq[j + 1]
            if whole != -1 and self.qtok[whole][0] == j + 1 and self.qtok[whole][1] >= end - 1 and after == -1:
                # "Selon la porte-parole, X, « ... »": the quoted words alone
                self.consumed.add(whole)
                a, b = self._inner(whole)
                self._add(a, b, "direct", None, sp, "selon")
                return
            self._add(self.tokens[j + 1].idx, self.tokens[end - 1].idx + len(self.tokens[end - 1]), kind, None, sp, "selon")
            if after != -1:
                self.consumed.add(after)
                a, b = self._inner(after)
                self._add(a, b, "direct", None, sp, "selon")
            return
        # "..., selon les analystes.": the sentence is X's statement, when the clause "selon"
        # closes has a finite verb; a participial aside ("ce dernier s'étant retiré pour des
        # « raisons de santé », selon son ministère") is background, not a statement
        if k - 1 <= seg_start or self.orths[k - 1] != "," or self.lower[k] == "pour":
            return
        author = None
        if head is not None and fold(head.text) in DOCUMENTS and not named:
            # "..., selon un communiqué.": no one's statement; "..., selon un communiqué de l'agence":
            # the body that issued it speaks
            author = self._document_author(head.i, span[1]) if fold(head.text) in ISSUED else None
            if author is None:
                return
        for x in range(span[1], seg_end - 1):
            if self.orths[x] == "," and self.inq[x] == -1:
                if self.lower[x + 1] in ("qui", "dont"):
                    break  # "selon l'ONG X, qui estime ...": about the source
                if self.poses[x + 1] in ("VERB", "AUX"):
                    return  # "X a, selon ses services, remercié ...": inside the clause, not after it
        if not self._finite_statement(seg_start, k - 1):
            return
        start = seg_start
        colon = next((x for x in range(k - 2, seg_start, -1) if self.orths[x] == ":" and self.inq[x] == -1), None)
        if colon is not None:  # "X n'est pas seul : plusieurs projets ont été gelés, selon Y": after the colon
            start = colon + 1
        but = next((x for x in range(k - 3, start, -1) if self.lower[x] == "mais" and self.orths[x - 1] == ","
                    and self.inq[x] == -1), None)
        if but is not None and self._finite_statement(but + 1, k - 1):
            start = but + 1  # "Le montant n'a pas été divulgué, mais il pourrait dépasser X, selon Y": the last clause
        while start < k and (self.tokens[start].is_punct or self.tokens[start].is_space):
            start += 1
        kind = "mixed" if any(start <= self.qtok[q][0] < k for q in free) else "indirect"
        self.consumed.update(q for q in free if start <= self.qtok[q][0] < k)
        if author is not None:
            sp = self.resolver.resolve(author, n)
            if sp is not None:
                self.resolver.remember(sp, self.tokens[k].idx, n)
        else:
            sp = self._selon_speaker(k, n, seg_end)
        self._add(self.tokens[start].idx, self.tokens[k - 1].idx, kind, None, sp, "selon")

    def _document_author(self, head: int, end: int) -> tuple[int, int] | None:
        """The body a document is from: "un communiqué de l'état-major", "le rapport annuel du
        ministère" (past adjectives and a participle's short phrase: "un communiqué publié par la
        présidence"); its noun phrase, from the determiner after "de"/"du"/"des"/"par"."""
        x = head + 1
        while x < end and self.poses[x] == "ADJ":
            x += 1
        if x < end and self.poses[x] == "VERB" and x + 1 < end and self.lower[x + 1] == "par":
            x += 1  # "publié par"
        if x + 1 >= end or self.lower[x] not in ("de", "d'", "d’", "du", "des", "par"):
            return None
        if self.lower[x] not in ("du", "des") and self.poses[x + 1] not in ("DET", "PROPN"):
            return None  # "l'ordonnance de renvoi": a kind of document, no author
        return (x + 1 if self.lower[x] not in ("du", "des") else x, end)

    def _selon_comma(self, j: int, seg_end: int) -> int | None:
        """The comma that closes an opening "Selon X" whose phrase the parser cut short: the last
        comma before the clause's first finite verb, past a participle, an apposition or a relative
        clause on the source ("Selon un exportateur basé à X, premier port du pays, une partie
        ...", "Selon un communiqué publié à X, où l'instance a son siège, la décision ...",
        "Selon le Fonds des Nations unies (Unicef), près de la moitié ...")."""
        comma, relative = None, False
        for x in range(j, min(seg_end, j + 30)):
            if self.inq[x] != -1 or self.orths[x] in (";", ":"):
                return comma if self.inq[x] != -1 and comma == x - 1 else None
            if self.orths[x] == ",":
                comma, relative = x, x + 1 < seg_end and self.lower[x + 1] in ("où", "qui", "dont")
            elif self.poses[x] in ("VERB", "AUX") and "Fin" in morph_of(self.tokens[x], "VerbForm") and not relative:
                return comma
        return None

    def _finite_statement(self, seg_start: int, end: int) -> bool:
        """The comma-separated chunks before a trailing "selon", read backwards, reach a finite verb
        before an absolute participle: "..., en Italie depuis 2024, selon Y" and "..., moyennant des sommes,
        selon Y" are adjuncts of a statement; "ce dernier s'étant retiré ..., selon Y" is an aside."""
        tokens = self.tokens
        while end > seg_start:
            clause = end - 1
            while clause > seg_start and not (self.orths[clause - 1] == "," and self.inq[clause - 1] == -1):
                clause -= 1
            chunk = range(clause, end)
            part = next((x for x in chunk if "Part" in morph_of(tokens[x], "VerbForm")
                         and "Pres" in morph_of(tokens[x], "Tense")), None)
            if part is not None and any(self.poses[x] in ("NOUN", "PROPN", "PRON") and self.lower[x] not in CLITICS
                                        for x in range(clause, part)):
                return False  # with its own subject: an aside, not the statement
            if part is not None:
                end = clause - 1  # "..., moyennant des sommes": an adjunct of the clause before
                continue
            if any("Fin" in morph_of(tokens[x], "VerbForm") for x in chunk):
                return True
            end = clause - 1
        return False

    def _continuation(self, n: int) -> Speaker | None:
        hist = self.resolver.history
        if hist and n - hist[-1][1] <= CONTINUATION_SEGMENTS:
            sp = hist[-1][2]
            return Speaker(sp.name, sp.entity_id, sp.label, sp.mention, sp.resolved_by)
        return None

    def _nicknames(self) -> None:
        """"Le général X, dit « Hemedti », a assuré": the quoted words after ", dit" set after a name are
        the name a person goes by, no quote; the subject is the name before them."""
        self.nickname_ends: dict[int, int] = {}
        for n, (a, b) in enumerate(self.qtok):
            if 3 <= a and b - a <= 6 and self.lower[a - 1] in NICKNAMING and self.orths[a - 2] == "," \
                    and self.orths[a - 3][:1].isupper() and self.inq[a - 3] == -1:
                self.consumed.add(n)
                self.nickname_ends[b - 1] = a - 3

    def _nickname_cue(self, cue: _Cue) -> bool:
        """The cue is the "dit" of a nickname: "X, dit « Hemedti »"."""
        return cue.first - 2 in self.nickname_ends.values() and self.lower[cue.first] in NICKNAMING

    def run(self) -> list[Quote]:
        self._nicknames()
        segments = self.segments()
        self.resolver.set_segments([self.tokens[a].idx for a, _ in segments])
        for n, (a, b) in enumerate(segments):
            self.run_segment(n, a, b)
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Direct, mixed and indirect quotes of `doc`, each with its cue and speaker if found."""
    return _Extractor(doc, entities).run()
