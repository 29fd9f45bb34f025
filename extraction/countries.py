"""Country lexicons: nationality adjectives and capitals, loaded once at import.

Data files live in `lexicons/`: `nationalities.tsv` (country, adjective forms) and
`capitals.tsv` (capital, country), `seats.tsv` (seat of power, the institutions it stands for),
`country_aliases.tsv` (another name of a country: "Hexagone"), `country_spellings.tsv` (another spelling: "Bélarus"), `acronyms.tsv` (a well-known organisation's short form and full names),
`blocs.tsv` (a bloc of states and its member countries), `leaders.tsv` (a leader's country), `world_cities.tsv` (GeoNames towns -> their countries,
CC BY 4.0; built by scripts/build_places.py, read on first use). Look-ups fold case and accents, so "Etats-Unis",
"États-Unis" and "ÉTATS-UNIS" are the same key.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).parent / "lexicons"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, single spaces, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


def _rows(name: str) -> list[list[str]]:
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


COUNTRIES: dict[str, str] = {}  # folded country name -> canonical name
ADJECTIVES: dict[str, str] = {}  # folded adjective form -> country
CAPITALS: dict[str, str] = {}  # folded capital -> country
CAPITAL_NAMES: list[str] = []  # as spelt in the lexicon
for _country, _forms in _rows("nationalities.tsv"):
    COUNTRIES[fold(_country)] = _country
    for _form in _forms.split(","):
        ADJECTIVES.setdefault(fold(_form), _country)
for _capital, _country in _rows("capitals.tsv"):
    CAPITALS[fold(_capital)] = _country
    CAPITAL_NAMES.append(_capital)
    COUNTRIES.setdefault(fold(_country), _country)
for _alias, _country in _rows("country_aliases.tsv"):
    COUNTRIES[fold(_alias)] = _country  # "Hexagone" -> "France"
SPELLINGS: set[str] = set()  # folded official spellings that name the entity when the article writes them ("Bélarus")
for _spelling, _country in _rows("country_spellings.tsv"):
    COUNTRIES[fold(_spelling)] = _country
    SPELLINGS.add(fold(_spelling))
SEATS: dict[str, list[str]] = {}  # folded seat of power -> the institutions it stands for
SEAT_NAMES: list[str] = []  # as spelt in the lexicon
for _seat, _institutions in _rows("seats.tsv"):
    SEATS[fold(_seat)] = _institutions.split("|")
    SEAT_NAMES.append(_seat)


# folded short form or full name -> every folded way of naming that organisation ("onu" -> {"onu",
# "organisation des nations unies", "nations unies"})
ACRONYM_FAMILIES: dict[str, frozenset[str]] = {}
for _short, _long in _rows("acronyms.tsv"):
    _family = frozenset(fold(n) for n in [_short, *_long.split("|")])
    for _n in _family:
        ACRONYM_FAMILIES[_n] = ACRONYM_FAMILIES.get(_n, frozenset()) | _family


# folded name of a head of state or government or a senior minister -> the country (`leaders.tsv`, general
# knowledge of 2017-2027)
LEADERS: dict[str, str] = {fold(_n): _country for _names, _country in _rows("leaders.tsv") for _n in _names.split("|")}


def country_of_leader(name: str) -> str | None:
    """"Emmanuel Macron" -> "France"; None for a name the lexicon lacks."""
    return LEADERS.get(fold(name))


# folded name of the head of an international or regional organisation, a central bank, a national institution,
# a union, a party or a large company -> the organisation's names, in the order of the row (`office_holders.tsv`,
# general knowledge of 2015-2027)
HOLDERS: dict[str, tuple[str, ...]] = {fold(_n): tuple(_orgs.split("|")) for _names, _orgs, *_ in _rows("office_holders.tsv")
                                       for _n in _names.split("|")}


def organisations_of_holder(name: str) -> tuple[str, ...]:
    """"António Guterres" -> ("ONU",); () for a name the lexicon lacks."""
    return HOLDERS.get(fold(name), ())


def same_organisation(name: str) -> frozenset[str]:
    """The folded names of a well-known organisation ("ONU", "Nations unies", ...); empty for others."""
    return ACRONYM_FAMILIES.get(fold(name), frozenset())


def country_of_adjective(word: str) -> str | None:
    """"chinoise" -> "Chine"; None when the word is not a nationality adjective."""
    return ADJECTIVES.get(fold(word))


def country_of_capital(name: str) -> str | None:
    return CAPITALS.get(fold(name))


def country(name: str) -> str | None:
    """The canonical country name for a country name in any spelling, else None."""
    return COUNTRIES.get(fold(name))


def institutions_of_seat(name: str) -> list[str] | None:
    """"Kremlin" -> ["Kremlin"], "Bruxelles" -> ["Union européenne", ...]; None for other names."""
    return SEATS.get(fold(name))


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, ...]]:
    """folded town name -> the countries with a town of that name (GeoNames, loaded once, on first use)."""
    return {k: tuple(v.split("|")) for k, v in _rows("world_cities.tsv")}


def countries_of_town(name: str) -> tuple[str, ...]:
    """"Sfax" -> ("Tunisie",), "Valence" -> ("Espagne", "France"); () for a name the gazetteer lacks. World
    knowledge that confirms a place named beside a country is in it; never a fact on its own."""
    return _towns().get(fold(name), ())

# folded name of a bloc of states -> its member countries (`blocs.tsv`: "Otan" -> {"France", ...}); BLOC_NAMES
# keeps every name as the file writes it, in its order (entities makes them organisations)
BLOC_MEMBERS: dict[str, frozenset[str]] = {}
BLOC_NAMES: list[str] = []
for _names, _members in _rows("blocs.tsv"):
    for _n in _names.split("|"):
        BLOC_NAMES.append(_n)
        BLOC_MEMBERS[fold(_n)] = frozenset(_members.split(","))


def bloc_members(name: str) -> frozenset[str]:
    """The member countries of a bloc of states by any of its names ("UE", "l'Otan"); empty for other names.
    (Kept per name: the relations ask for every mention of every organisation of each article.)"""
    found = _BLOC_OF_NAME.get(name)
    if found is None:
        if len(_BLOC_OF_NAME) > 200_000:
            _BLOC_OF_NAME.clear()
        found = _BLOC_OF_NAME[name] = _bloc_members(name)
    return found


_BLOC_OF_NAME: dict[str, frozenset[str]] = {}


def _bloc_members(name: str) -> frozenset[str]:
    key = fold(name)
    found = BLOC_MEMBERS.get(key)
    if found is None:
        for article in ("l'", "la ", "le ", "les "):
            if key.startswith(article):
                return BLOC_MEMBERS.get(key[len(article):], frozenset())
        return frozenset()
    return found
