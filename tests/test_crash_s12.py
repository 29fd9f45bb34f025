from extraction_helpers import triples


def test_a_place_presided_over_by_someone_does_not_crash(nlp):
    # "la région X, présidée par Y": the led body resolves to a place, not an organisation
    for text in ("La région Occitanie, présidée par Carole Delga, a voté mardi un nouveau budget pour les lycées.",
                 "Le département du Gard, présidé par Françoise Laurent-Perrigot, a voté la gratuité des cars scolaires.",
                 "La ville de Lyon, dirigée par Grégory Doucet, a lancé un plan vélo."):
        triples(nlp, text)  # raised UnboundLocalError before
