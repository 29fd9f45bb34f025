"""Session 23, speakers: a news agency named inside the speaker phrase after a preposition or a relative
pronoun (how the words reached the copy) is not the speaker; an agency opening the phrase still is."""
from extraction_helpers import speaker_of


def test_agency_as_agent_of_a_participle_is_not_the_speaker(nlp):
    text = ("Trois cargos ont été retenus au large du port pendant deux jours. Un transitaire belge contacté par "
            "l'AFP a jugé que ces retards allaient « peser sur les prix ».")
    assert speaker_of(nlp, text, "peser sur les prix") != "AFP"


def test_agency_in_a_relative_clause_is_not_the_speaker(nlp):
    text = ("Le procès du maire s'ouvre lundi à Lyon. Selon le réquisitoire, dont Reuters a obtenu une copie, "
            "l'élu aurait « favorisé ses proches » lors de l'attribution des marchés.")
    assert speaker_of(nlp, text, "favorisé ses proches") != "Reuters"


def test_agency_opening_the_phrase_still_speaks(nlp):
    text = ("Le ferry a pris feu dans la nuit au large de la côte. L'agence Reuters a rapporté que douze passagers "
            "avaient été blessés.")
    assert speaker_of(nlp, text, "douze passagers") == "Reuters"


def test_place_the_parser_took_for_the_subject_is_where_someone_stands(nlp):
    text = ("Les négociations ont repris mardi entre les deux voisins. Un diplomate asiatique à Singapour a toutefois "
            "estimé qu'un accord rapide était « très improbable ».")
    assert speaker_of(nlp, text, "très improbable") != "Singapour"
