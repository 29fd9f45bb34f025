"""Session 33: a module-level name bound twice in one module of extraction/ silently gives every reader the last
binding (in sessions 32 and 33: _GOVERNMENT_HEADS, _DEFINITE_PLURAL, _MISSION_NOUNS, _PLACE_PREFIXES each had
one reader reading another rule's set). The scan fails on any new one; sentences written for these tests."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from extraction_helpers import entity_labels, has, triples

from extraction import relations

EXTRACTION = Path(__file__).resolve().parent.parent / "extraction"
# names a module binds twice on purpose, with the reason (none today)
INTENDED_REBINDS: dict[tuple[str, str], str] = {}


def _bound_names(node: ast.AST) -> list[str]:
    """The module-level names a statement binds (not attribute or item assignments: 'load.seconds = 0.0')."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"]
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    names = []
    for target in targets:
        stack = [target]
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Name):
                names.append(t.id)
            elif isinstance(t, (ast.Tuple, ast.List)):
                stack.extend(t.elts)
            elif isinstance(t, ast.Starred):
                stack.append(t.value)
    return names


def _module_statements(body: list[ast.stmt]):
    """The module's statements, with those under a module-level if/try (they bind module names too)."""
    for node in body:
        yield node
        if isinstance(node, ast.If):
            yield from _module_statements(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            yield from _module_statements(node.body + node.orelse + node.finalbody
                                          + [s for h in node.handlers for s in h.body])


def rebound_names(source: str) -> dict[str, list[int]]:
    """Each name bound more than once, with the lines (a package imported twice, "import urllib.error" and
    "import urllib.request", binds the same module: not counted)."""
    lines, imports = defaultdict(list), defaultdict(int)
    for node in _module_statements(ast.parse(source).body):
        for name in _bound_names(node):
            lines[name].append(node.lineno)
            imports[name] += isinstance(node, ast.Import)
    return {name: at for name, at in lines.items() if len(at) > 1 and imports[name] < len(at)}


def test_the_scan_finds_a_rebound_set_and_skips_attributes():
    source = "import os.path\nimport os\nA = {1}\ndef f():\n    return 2 in A\nf.n = 0\nA = {2}\nB, C = 1, 2\n"
    assert rebound_names(source) == {"A": [3, 7]}


def test_no_module_of_extraction_binds_a_name_twice():
    found = {(path.name, name): at for path in sorted(EXTRACTION.glob("*.py"))
             for name, at in rebound_names(path.read_text(encoding="utf-8")).items()
             if (path.name, name) not in INTENDED_REBINDS}
    assert not found, f"module-level names bound more than once (give each set its own name): {found}"


def test_a_count_after_a_possessive_stands_for_the_listed_countries(nlp):
    # the count rule's determiners ("les", "des", "aux", "ces", "leurs", "nos") were rebound to the targeted-act
    # rule's {"les", "ces"}: "leurs trois pays" no longer stood for the list
    found = triples(nlp, "Le Tchad, le Soudan et la Libye ont formé une alliance. L'Égypte a signé un accord avec "
                         "leurs trois pays.")
    assert has(found, "Tchad", "AGREE", "Égypte") or has(found, "Égypte", "AGREE", "Tchad")


def test_a_country_name_prefix_keeps_an_english_country_name_a_place(nlp):
    # the sports-body rule ("Curling Canada") skips first words like "New", "South"; it read the Arabic place
    # prefixes instead and made "New Zealand" a body
    labels = entity_labels(nlp, "Le match opposait New Zealand et Ireland.")
    assert labels.get("New Zealand") == "LOC"


def test_the_diplomatic_posts_and_the_sent_body_nouns_are_two_sets():
    # "l'ambassade de X à <town>" (the lexicon's mission_nouns) is another list than the bodies a bracketed
    # short form names in the country they are sent to ("la mission ... en Centrafrique (Minusca)")
    assert relations._DIPLOMATIC_POSTS == frozenset(relations._EXTRA["mission_nouns"])
    assert "mission" not in relations._DIPLOMATIC_POSTS
    assert {"mission", "force", "ambassade"} <= relations._SENT_BODY_NOUNS
