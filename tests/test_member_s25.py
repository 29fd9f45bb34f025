"""MEMBER_OF of session 25 (helper member): "Plusieurs Etats membres, dont A et B" with no "de Y" names the
bloc the story names that counts them all (blocs.tsv), none when the story names no such bloc. Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


def test_member_states_with_no_bloc_named_after(nlp):
    found = _members(nlp, "L'Union européenne doit adopter lundi un nouveau paquet de sanctions. Plusieurs Etats "
                          "membres, dont l'Autriche et la Grèce, ont demandé un délai supplémentaire.")
    assert {("Autriche", "Union européenne"), ("Grèce", "Union européenne")} <= found, found


def test_member_states_with_no_bloc_in_the_story(nlp):
    found = _members(nlp, "La Commission européenne a ouvert une enquête sur le groupe Artemon. Plusieurs Etats "
                          "membres, dont l'Autriche et la Grèce, ont demandé un délai supplémentaire.")
    assert not any(s in ("Autriche", "Grèce") for s, _ in found), found
