"""Session 12: event facts carried by words and constructions the trigger lexicon lacked (trade measures on a
country's goods, nominal and support-verb forms), with sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # a trade measure "sur" goods of a country: its "par" agent, else the imposing verb's subject, sanctions it
    ('Le Canada a répliqué aux surtaxes de 30 % imposées par les États-Unis sur le bois et le papier canadiens.',
     'États-Unis', 'SANCTION', 'Canada'),
    ("La Turquie a imposé des droits compensateurs sur les tubes d'acier en provenance du Vietnam et de la "
     "Thaïlande.",
     'Turquie', 'SANCTION', 'Thaïlande'),
    ('Le Brésil a imposé des droits de douane sur les pneus fabriqués en Corée du Sud.',
     'Brésil', 'SANCTION', 'Corée du Sud'),
    ("Les exportateurs veulent échapper aux taxes décidées par l'Union européenne sur les panneaux importés "
     "d'Indonésie.",
     'Union européenne', 'SANCTION', 'Indonésie'),
    # removal from office and court measures (COERCE)
    ('Le Parlement a destitué le président Pedro Castillo.',
     'Parlement', 'COERCE', 'Pedro Castillo'),
    ('Le parquet de Paris a placé Marc Durand sous contrôle judiciaire.',
     'parquet de Paris', 'COERCE', 'Marc Durand'),
    # fighting (ASSAULT): nouns with "entre A et B", verbs of naval and armed attack, hostage taking
    ("Des heurts entre l'armée malienne et le Front de libération de l'Azawad ont fait dix morts.",
     'armée malienne', 'ASSAULT', "Front de libération de l'Azawad"),
    ('La marine chinoise a éperonné un navire de la marine vietnamienne.',
     'marine chinoise', 'ASSAULT', 'Vietnam'),
    ('Les rebelles du M23 ont capturé le général Paul Kamanzi.',
     'M23', 'ASSAULT', 'Paul Kamanzi'),
    ('Le Hamas a pris en otage Noa Argamani.',
     'Hamas', 'ASSAULT', 'Noa Argamani'),
    # getting in touch (CONSULT) and making peace (AGREE): support-verb constructions and nominal forms
    ("Le Kenya est entré en contact avec l'Éthiopie.",
     'Kenya', 'CONSULT', 'Éthiopie'),
    ("Le Kenya a pris contact avec l'Éthiopie.",
     'Kenya', 'CONSULT', 'Éthiopie'),
    ("L'Arabie saoudite et l'Iran ont annoncé leur réconciliation à Pékin.",
     'Arabie saoudite', 'AGREE', 'Iran'),
    ('Le Rwanda a fait la paix avec le Burundi.',
     'Rwanda', 'AGREE', 'Burundi'),
    ("Le Maroc s'est réconcilié avec l'Algérie.",
     'Maroc', 'AGREE', 'Algérie'),
    # siding with (SUPPORT), blocking (REJECT), teaming up (COOPERATE), demotion (SANCTION), blame (ACCUSE)
    ('La Cour internationale de justice a donné raison à la Roumanie.',
     'Cour internationale de justice', 'SUPPORT', 'Roumanie'),
    ('Le Sénégal a pris le parti de la Gambie.',
     'Sénégal', 'SUPPORT', 'Gambie'),
    ('La Hongrie a fait barrage à la Suède.',
     'Hongrie', 'REJECT', 'Suède'),
    ("Le Japon a fait équipe avec l'Australie.",
     'Japon', 'COOPERATE', 'Australie'),
    ('Le Brésil a coorganisé la conférence avec la Norvège.',
     'Brésil', 'COOPERATE', 'Norvège'),
    ("La Fédération française de football a rétrogradé l'AS Béziers en Ligue 2.",
     'Fédération française de football', 'SANCTION', 'AS Béziers'),
    ('Le sénateur Paul Martin a jeté la pierre à la Banque centrale européenne.',
     'Paul Martin', 'ACCUSE', 'Banque centrale européenne'),
    # slogans hostile to someone: a PROTEST by the organiser ("à l'appel de X") or the protesters' group
    ("Les grévistes, à l'appel de l'Union des cheminots, ont scandé des slogans hostiles au ministre Jean Dupuis.",
     'Union des cheminots', 'PROTEST', 'Jean Dupuis'),
    ('Des centaines de militants du Parti vert ont brandi des pancartes hostiles au président Paul Kerbrat.',
     'Parti vert', 'PROTEST', 'Paul Kerbrat'),
])
def test_new_triggers(nlp, text, subject, predicate, obj):
    assert has(triples(nlp, text), subject, predicate, obj), triples(nlp, text)


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # only threatened or planned: no sanction yet
    ("Le Brésil envisage d'imposer des droits de douane sur les pneus fabriqués en Corée du Sud.",
     "Brésil", "SANCTION", "Corée du Sud"),
    # a tax on goods with no origin named
    ("Le Chili a relevé les taxes sur les vins importés.", "Chili", "SANCTION", "Chili"),
    # slogans for someone are no protest
    ("Les grévistes, à l'appel de l'Union des cheminots, ont scandé des slogans favorables au ministre Jean Dupuis.",
     'Union des cheminots', 'PROTEST', 'Jean Dupuis'),
])
def test_no_new_trigger(nlp, text, subject, predicate, obj):
    assert not has(triples(nlp, text), subject, predicate, obj), triples(nlp, text)
