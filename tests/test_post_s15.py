"""Session 15: an unnamed speaker's posting stays whole when the parser took "en poste" into the
phrase and hung the place on the verb; sentence written for this test."""
from __future__ import annotations

from extraction_helpers import speaker_of


def test_posting_after_en_poste_in_the_phrase(nlp):
    text = ("« Sans soutien local, la mission échouera », a averti un diplomate latino-américain en poste "
            "à New York, sous couvert d'anonymat.")
    assert speaker_of(nlp, text, "la mission échouera") == "un diplomate latino-américain en poste à New York"
