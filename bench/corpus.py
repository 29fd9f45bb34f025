"""Synthetic French news articles for the benchmarks, deterministic given a seed.

    python -m bench.corpus --articles 10000 --seed 1 --out /tmp/corpus.jsonl

Each article gets a small cast (people with roles, organisations, countries,
cities) and is written paragraph by paragraph from varied sentence builders:
direct quotes before/after/inverted, indirect and mixed quotes, "selon X",
meetings, accusations, figures, background with relative clauses. Length is
drawn uniformly in [--min-words, --max-words]. Article i only depends on
(seed, i), so any slice of the corpus is reproducible on its own.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass

import orjson

from . import lexicon as L


@dataclass(slots=True)
class Person:
    first: str
    last: str
    female: bool
    role: str
    affiliation: str  # "de la France" style complement, or an organisation name

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{'Mme' if self.female else 'M.'} {self.last}"

    @property
    def pronoun(self) -> str:
        return "elle" if self.female else "il"


def _de(np: str) -> str:
    """'de' + noun phrase with the French contractions (du, des, de l')."""
    if np.startswith("le "):
        return "du " + np[3:]
    if np.startswith("les "):
        return "des " + np[4:]
    return "d'" + np if np[:1] in "AEIOUÉÈÎaeiouéèî" else "de " + np


def _a(np: str) -> str:
    """'à' + noun phrase with the contractions (au, aux)."""
    if np.startswith("le "):
        return "au " + np[3:]
    if np.startswith("les "):
        return "aux " + np[4:]
    return "à " + np


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _country_np(country: tuple, capital: bool = False) -> str:
    name, _adj, cap, art = country
    if capital:
        return cap
    if art == "l'":
        return f"l'{name}"
    return f"{art} {name}".strip()


class Writer:
    """Writes one article from its own random generator."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.countries = rng.sample(L.COUNTRIES, rng.randint(2, 4))
        self.orgs = rng.sample(L.ORGS, rng.randint(1, 3))
        self.cities = rng.sample(L.CITIES, 2)
        self.people = [self._person(i) for i in range(rng.randint(2, 5))]
        self.introduced: set[int] = set()
        self.last_speaker: Person | None = None
        self.year = rng.randint(2019, 2025)

    def _person(self, i: int) -> Person:
        r = self.r
        female = r.random() < 0.45
        first = r.choice(L.FIRST_F if female else L.FIRST_M)
        if i % 2 == 0 or not self.orgs:
            country = r.choice(self.countries)
            role = r.choice(L.ROLES_GOV)
            return Person(first, r.choice(L.SURNAMES), female, f"{role} {country[1]}", "")
        org = r.choice(self.orgs)
        return Person(first, r.choice(L.SURNAMES), female, r.choice(L.ROLES_ORG),
                      org[1] if org[1] and r.random() < 0.5 else org[0])

    # -- noun phrases -------------------------------------------------------
    def mention(self, p: Person) -> str:
        """Full name with apposition the first time, then surname or full name."""
        idx = self.people.index(p)
        if idx not in self.introduced:
            self.introduced.add(idx)
            where = f" {_de(p.affiliation)}" if p.affiliation else ""
            return f"{p.full}, {p.role}{where},"
        return p.short if self.r.random() < 0.6 else p.full

    def org(self) -> str:
        name, short, _kind = self.r.choice(self.orgs)
        if short and self.r.random() < 0.4:
            return short
        return name

    def country(self) -> str:
        c = self.r.choice(self.countries)
        return _country_np(c, capital=self.r.random() < 0.3)

    def place(self) -> str:
        return self.r.choice(self.cities + [c[2] for c in self.countries])

    def person(self) -> Person:
        return self.r.choice(self.people)

    # -- clauses ------------------------------------------------------------
    def clause(self) -> str:
        r = self.r
        k = r.randrange(7)
        if k == 0:
            return f"{self.country()} {r.choice(('devait', 'allait', 'entendait', 'ne pouvait pas'))} {r.choice(L.GOALS)}"
        if k == 1:
            return f"la situation concernant {r.choice(L.TOPICS)} restait {r.choice(L.ADJ_SITUATION)}"
        if k == 2:
            return f"{r.choice(L.NOUNS_PLURAL)} ne suffiraient pas à {r.choice(L.GOALS)}"
        if k == 3:
            a, b = r.sample(self.countries, 2)
            return (f"{_country_np(a)} et {_country_np(b)} partageaient une même vision "
                    f"{_de(r.choice(L.TOPICS))}")
        if k == 4:
            return f"l'{r.choice(('accord', 'enveloppe', 'initiative'))} annoncé{'e' if r.random() < .5 else ''} à {self.place()} permettrait de {r.choice(L.GOALS)} d'ici {self.year + r.randint(1, 6)}"
        if k == 5:
            return f"{self.org()} jouerait un rôle central dans {r.choice(L.TOPICS)}"
        return f"le gouvernement présenterait {r.choice(L.DAYS)} un plan pour {r.choice(L.GOALS)}"

    def quote_text(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 3)):
            k = r.randrange(8)
            if k == 0:
                s = f"Nous devons {r.choice(L.GOALS)} et {r.choice(L.GOALS)}"
            elif k == 1:
                s = f"La situation est {r.choice(L.ADJ_SITUATION)}, personne ne peut le nier"
            elif k == 2:
                s = f"Je ne crois pas que {r.choice(L.NOUNS_PLURAL)} soient à la hauteur des enjeux"
            elif k == 3:
                s = f"C'est une question de {r.choice(('responsabilité', 'crédibilité', 'justice', 'souveraineté', 'survie'))}"
            elif k == 4:
                s = f"Il n'y aura pas de {r.choice(('compromis', 'retour en arrière', 'solution rapide'))} sur {r.choice(L.TOPICS)}"
            elif k == 5:
                s = f"Nous attendons {_de(self.country())} des gestes concrets, pas des promesses"
            elif k == 6:
                s = f"Depuis {r.choice(L.MONTHS)}, nous avons multiplié les contacts avec nos partenaires {_de(r.choice(L.REGIONS))}"
            else:
                s = f"Si rien ne change, {r.choice(L.NOUNS_PLURAL)} resteront lettre morte"
            parts.append(s + r.choice((".", ".", ".", " !", "...")))
        text = " ".join(parts)
        return text.rstrip(".") if r.random() < 0.5 else text

    # -- sentences ----------------------------------------------------------
    def s_direct_after(self) -> str:
        p = self.person()
        self.last_speaker = p
        src = f", selon {self.r.choice(('un communiqué', 'la même source', 'un enregistrement diffusé par la presse'))}" \
            if self.r.random() < 0.25 else ""
        return f"« {self.quote_text()} », {self.r.choice(L.SAY_PAST)} {self.mention(p).rstrip(',')}{src}."

    def s_direct_before(self) -> str:
        p = self.person()
        self.last_speaker = p
        where = f" {self.r.choice(L.DAYS)} à {self.place()}" if self.r.random() < 0.5 else ""
        return f"{self.mention(p)} {self.r.choice(L.SAY_PAST)}{where} : « {self.quote_text()} »"

    def s_direct_inverted(self) -> str:
        p = self.last_speaker or self.person()
        verb = self.r.choice(L.SAY_INVERTED)
        if p.female:
            verb = verb.replace("-t-il", "-t-elle")
        return f"\"{self.quote_text()}\", {verb}."

    def s_indirect(self) -> str:
        p = self.person()
        self.last_speaker = p
        return f"{self.mention(p)} {self.r.choice(L.SAY_INDIRECT)} {self.clause()}."

    def s_mixed(self) -> str:
        p = self.person()
        self.last_speaker = p
        r = self.r
        return (f"{self.mention(p)} {r.choice(L.SAY_INDIRECT)} {self.country()} allait « {r.choice(L.GOALS)} » "
                f"{r.choice(('dans les prochains mois', 'sans attendre', 'avant la fin de l’année', 'en priorité'))}.")

    def s_selon(self) -> str:
        p = self.person()
        return f"Selon {self.mention(p).rstrip(',')}, {self.clause()}."

    def s_meet(self) -> str:
        a, b = self.r.sample(self.people, 2)
        r = self.r
        event = r.choice(("d'un sommet", "d'une réunion ministérielle", "d'une conférence sur "
                          + r.choice(L.TOPICS), "d'un forum économique"))
        verb = r.choice(L.MEET)
        if a.female:
            verb = verb.replace("entretenu", "entretenue")
        return f"{self.mention(a)} {verb} {self.mention(b).rstrip(',')} {r.choice(L.DAYS)} à {self.place()}, en marge {event}."

    def s_relation(self) -> str:
        r = self.r
        verbs = r.choice((L.SUPPORT, L.ACCUSE, L.REQUEST, L.AGREE, L.REJECT, L.THREATEN))
        subj = self.mention(self.person()) if r.random() < 0.6 else _cap(self.country())
        obj = self.org() if r.random() < 0.5 else self.country()
        tail = f" à {r.choice(L.GOALS)}" if verbs is L.REQUEST else r.choice(("", f" au sujet {_de(r.choice(L.TOPICS))}"))
        return f"{subj} {r.choice(verbs)} {obj}{tail}."

    def s_figure(self) -> str:
        r = self.r
        what = r.choice(("le chômage", "l'inflation", "la croissance", "le déficit public", "la production industrielle"))
        return (f"{what[0].upper() + what[1:]} a atteint {r.randint(0, 12)},{r.randint(0, 9)} % au "
                f"{r.choice(('premier', 'deuxième', 'troisième', 'quatrième'))} trimestre {self.year}, "
                f"selon les chiffres publiés {r.choice(L.DAYS)} par {self.org()}.")

    def s_background(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            verb, topic = r.choice(("alerté sur", "consacré un rapport", "débattu")), r.choice(L.TOPICS)
            topic = topic if verb == "alerté sur" else (_a(topic) if verb.endswith("rapport") else _de(topic))
            return (f"{_cap(self.org())}, qui {r.choice(('réunit', 'représente', 'rassemble'))} "
                    f"{r.randint(12, 190)} {r.choice(('pays', 'membres', 'organisations'))}, "
                    f"avait déjà {verb} {topic} en {r.choice(L.MONTHS)} {self.year - 1}.")
        if k == 1:
            a, b = r.sample(self.countries, 2)
            return (f"Les relations entre {_country_np(a)} et {_country_np(b)} se sont "
                    f"{r.choice(('dégradées', 'nettement améliorées', 'tendues'))} depuis {self.year - r.randint(1, 5)}, "
                    f"notamment sur {r.choice(L.TOPICS)}.")
        if k == 2:
            return (f"À {self.place()}, où {r.choice(('des milliers de manifestants', 'les délégations', 'les journalistes'))} "
                    f"s'étaient rassemblés {r.choice(L.DAYS)}, l'ambiance était {r.choice(L.ADJ_SITUATION)}.")
        return (f"Cette {r.choice(('visite', 'annonce', 'rencontre', 'décision'))} intervient alors que "
                f"{self.clause()}, d'après plusieurs {r.choice(('diplomates', 'analystes', 'observateurs'))}.")

    def s_question(self) -> str:
        r = self.r
        return f"Faut-il pour autant {r.choice(L.GOALS)} à tout prix ? Rien n'est moins sûr."

    BUILDERS = ("s_direct_after", "s_direct_before", "s_direct_inverted", "s_indirect", "s_mixed",
                "s_selon", "s_meet", "s_relation", "s_figure", "s_background", "s_background",
                "s_question")

    def paragraph(self) -> str:
        n = self.r.randint(1, 4)
        return " ".join(getattr(self, self.r.choice(self.BUILDERS))() for _ in range(n))

    def title(self) -> str:
        p = self.people[0]
        return f"{p.full} veut {self.r.choice(L.GOALS)} face {_a(self.r.choice(L.TOPICS))}"

    def lead(self) -> str:
        p = self.people[0]
        self.introduced.add(0)
        self.last_speaker = p
        return (f"{_cap(p.role)}, {p.full} {self.r.choice(L.SAY_PAST)} "
                f"{self.r.choice(L.DAYS)} à {self.place()} que {self.clause()}.")


def article(seed: int, i: int, min_words: int = 300, max_words: int = 1500) -> dict:
    """Article number i of the corpus of this seed."""
    rng = random.Random(f"{seed}:{i}")
    w = Writer(rng)
    target = rng.randint(min_words, max_words)
    paras = [w.lead()]
    words = len(paras[0].split())
    while words < target:
        p = w.paragraph()
        paras.append(p)
        words += len(p.split())
    year = w.year
    return {
        "id": f"bench-{seed}-{i:06d}",
        "title": w.title(),
        "text": "\n\n".join(paras),
        "lang": "fr",
        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": "bench",
    }


def articles(n: int, seed: int = 1, min_words: int = 300, max_words: int = 1500):
    for i in range(n):
        yield article(seed, i, min_words, max_words)


def write(path: str, n: int, seed: int = 1, min_words: int = 300, max_words: int = 1500) -> int:
    """Write n articles as JSON lines; returns the number of words written."""
    total = 0
    out = sys.stdout.buffer if path == "-" else open(path, "wb")
    try:
        for a in articles(n, seed, min_words, max_words):
            total += len(a["text"].split())
            out.write(orjson.dumps(a) + b"\n")
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    return total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-words", type=int, default=300)
    ap.add_argument("--max-words", type=int, default=1500)
    ap.add_argument("--out", "-o", default="-", help="output .jsonl ('-' = stdout)")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    words = write(args.out, args.articles, args.seed, args.min_words, args.max_words)
    print(f"{args.articles} articles, {words} words in {time.perf_counter() - started:.1f}s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
