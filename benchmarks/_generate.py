"""Generated claim files for the speed benchmark: many claims in the wordings newsrooms use.

Every claim is built from figures drawn at random (with a fixed seed, so runs compare) and a
wording that describes them: "more than doubled", "rose by 37 per cent", "almost 140", "one in
five", "fell by a third", "increased from 12 in 2011 to 288 in 2016". Most claims are true; about
one in twelve is written wrong on purpose, as real drafts are, so the engine's contradicted path
is timed too. Files are written to a folder the caller owns (a temporary one): generated data is
never part of the project.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

CLAIMS_PER_SOURCE = 100
YEARS = (2011, 2012, 2013, 2014, 2015, 2016)


@dataclass(frozen=True)
class _Drawn:
    """One claim before it is written out: its quote, references and the figures they name."""

    quote: str
    refs: dict[str, str]
    figures: dict[str, str]


def _round(value: Fraction) -> int:
    return int(value + Fraction(1, 2)) if value >= 0 else -int(-value + Fraction(1, 2))


def _more_than_doubled(rng: random.Random, name: str) -> _Drawn:
    before = rng.randint(40, 900)
    after = before * 2 + rng.randint(before // 10 + 1, before // 2 + 2)
    return _Drawn(
        "the number of offences has more than doubled since 2011",
        {"from": f"{name}[2011]", "to": f"{name}[2016]"},
        {name: f"{{2011: {before}, 2016: {after}}}"},
    )


def _percent_rise(rng: random.Random, name: str) -> _Drawn:
    before = rng.randint(200, 20_000)
    after = before + before * rng.randint(5, 80) // 100 + rng.randint(0, 9)
    percent = _round(Fraction(after - before, before) * 100)
    return _Drawn(
        f"recorded cases rose by {percent} per cent between 2014 and 2016",
        {"from": f"{name}[2014]", "to": f"{name}[2016]"},
        {name: f"{{2014: {before}, 2016: {after}}}"},
    )


def _almost(rng: random.Random, name: str) -> _Drawn:
    stated = rng.choice((50, 140, 200, 1_000, 5_000))
    value = stated - rng.randint(1, stated // 20)
    return _Drawn(
        f"officers carried out almost {stated:,} warrants",
        {"figure": name},
        {name: str(value)},
    )


def _one_in(rng: random.Random, name: str) -> _Drawn:
    words = {3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}
    denominator = rng.choice(tuple(words))
    whole = rng.randint(300, 50_000)
    part = _round(Fraction(whole, denominator) * Fraction(rng.randint(98, 102), 100))
    return _Drawn(
        f"one in {words[denominator]} of the offences involved distribution",
        {"part": f"{name}_part", "whole": f"{name}_total"},
        {f"{name}_part": str(part), f"{name}_total": str(whole)},
    )


def _fell_by_a_third(rng: random.Random, name: str) -> _Drawn:
    before = rng.randint(300, 30_000)
    after = _round(Fraction(before * 2, 3) * Fraction(rng.randint(99, 101), 100))
    return _Drawn(
        "the backlog has fallen by a third since 2013",
        {"from": f"{name}[2013]", "to": f"{name}[2016]"},
        {name: f"{{2013: {before}, 2016: {after}}}"},
    )


def _series_from_to(rng: random.Random, name: str) -> _Drawn:
    start, end = sorted(rng.sample(YEARS, 2))
    values = {year: rng.randint(10, 5_000) for year in YEARS}
    series = ", ".join(f"{year}: {value}" for year, value in values.items())
    verb = "increased" if values[end] > values[start] else "fell"
    return _Drawn(
        f"{verb} from {values[start]:,} in {start} to {values[end]:,} in {end}",
        {"from": f"{name}[{start}]", "to": f"{name}[{end}]"},
        {name: f"{{{series}}}"},
    )


def _more_than_quadrupled_wrong(rng: random.Random, name: str) -> _Drawn:
    # A draft's slip: 600 / 151 is not "more than quadrupled".
    before = rng.randint(100, 900)
    after = before * 4 - rng.randint(1, before // 10 + 1)
    return _Drawn(
        "has more than quadrupled over the last five years",
        {"from": f"{name}[2011]", "to": f"{name}[2016]"},
        {name: f"{{2011: {before}, 2016: {after}}}"},
    )


# Wordings in proportions a story's claim file might show; the last is a wrong claim.
_WORDINGS: tuple[tuple[Callable[[random.Random, str], _Drawn], int], ...] = (
    (_more_than_doubled, 2),
    (_percent_rise, 3),
    (_almost, 2),
    (_one_in, 2),
    (_fell_by_a_third, 1),
    (_series_from_to, 1),
    (_more_than_quadrupled_wrong, 1),
)
_MENU = [wording for wording, weight in _WORDINGS for _ in range(weight)]


def claim_file_text(claims: int, *, seed: int = 2016) -> str:
    """The YAML text of a claim file holding ``claims`` generated claims."""
    rng = random.Random(seed)
    drawn = [rng.choice(_MENU)(rng, f"c{index}") for index in range(claims)]
    lines = ["# Generated for the claimcheck speed benchmark.", "sources:"]
    for first in range(0, claims, CLAIMS_PER_SOURCE):
        lines += [
            f"  s{first // CLAIMS_PER_SOURCE}:",
            f"    title: Generated statistical release {first // CLAIMS_PER_SOURCE}",
            "    publisher: Benchmark Office for Statistics",
            "    figures:",
        ]
        for claim in drawn[first : first + CLAIMS_PER_SOURCE]:
            lines += [f"      {name}: {value}" for name, value in claim.figures.items()]
    lines.append("claims:")
    for index, claim in enumerate(drawn):
        source = f"s{index // CLAIMS_PER_SOURCE}"
        lines += [f"  - id: claim-{index}", f"    quote: {json.dumps(claim.quote)}"]
        lines += [f"    {role}: {source}.{ref}" for role, ref in claim.refs.items()]
    return "\n".join(lines) + "\n"


def write_claim_file(path: Path, claims: int, *, seed: int = 2016) -> Path:
    """Write one generated claim file to ``path`` and return it."""
    path.write_text(claim_file_text(claims, seed=seed), encoding="utf-8")
    return path


def write_claim_folder(folder: Path, files: int, *, claims_per_file: int = 8) -> list[Path]:
    """Write ``files`` generated claim files (each the size of a story's) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_claim_file(folder / f"story-{index:05d}.yaml", claims_per_file, seed=index)
        for index in range(files)
    ]
