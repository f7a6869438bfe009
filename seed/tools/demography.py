#!/usr/bin/env python3
"""Synthetic demography for the demo city (methods.md §5), written to seed/demography/.

Reads the 2024 values of seed/indicator-values.csv so that the population by single year of age and sex
adds up, per Sozialraum, to the seeded counts: population, under 18, 15–64, 65+, and the denominators
that are age groups (under 3, 3–6, under 15, 15–25, under 21, under 67). Deterministic, standard library only.
"""
from __future__ import annotations

import csv
import math
import random
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent
OUT = SEED / "demography"
HEADER_COMMENT = "# Synthetische Demodaten für SozialHub (Kreisstadt Saarlouis) – keine amtlichen Zahlen."
BASE_YEAR = 2024
MIGRATION_YEARS = range(2020, 2025)  # net migration: the average of these years
OPEN_AGE = 100  # 100 stands for "100 and older"
TFR = 1.4


def read_values() -> dict[str, dict[str, dict[int, tuple[str, str, str]]]]:
    values: dict[str, dict[str, dict[int, tuple[str, str, str]]]] = {}
    with open(SEED / "indicator-values.csv", encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter=";")
        next(rows)
        for space, indicator, year, value, numerator, denominator in rows:
            values.setdefault(space, {}).setdefault(indicator, {})[int(year)] = (value, numerator, denominator)
    return values


def brackets(v: dict[str, dict[int, tuple[str, str, str]]]) -> list[tuple[int, int, int]]:
    """(first age, last age, count) per bracket, from the seeded counts and age-group denominators of 2024."""
    def count(key: str) -> int:
        return int(v[key][BASE_YEAR][0])

    def denominator(key: str) -> int:
        return int(v[key][BASE_YEAR][2])

    pop, u18, p65, p15_64 = count("population"), count("population_under_18"), count("population_65_plus"), count("population_15_64")
    u3, d3_6, u15 = denominator("childcare_rate_under_3"), denominator("childcare_rate_3_to_6"), denominator("child_poverty")
    p15_25, u21, u67 = denominator("youth_unemployment_share"), denominator("educational_assistance"), denominator("sgb2_share")
    result = [
        (0, 2, u3), (3, 5, d3_6), (6, 14, u15 - u3 - d3_6), (15, 17, u18 - u15), (18, 20, u21 - u18),
        (21, 24, p15_25 - (u21 - u15)), (25, 64, p15_64 - p15_25), (65, 66, u67 - (pop - p65)), (67, OPEN_AGE, pop - u67),
    ]
    assert all(n >= 0 for _, _, n in result) and sum(n for _, _, n in result) == pop
    return result


def age_weight(age: int) -> float:
    """A shape of the age pyramid: the baby boomers around 60, fewer young adults, mortality after 70."""
    if age < 25:
        return 1.0
    if age < 65:
        return 1.0 + 0.35 * math.exp(-((age - 59) / 7) ** 2)
    if age < OPEN_AGE:
        return math.exp(-0.0009 * (age - 64) ** 2.2)
    return 0.02


def female_share(age: int) -> float:
    return 0.487 if age < 50 else min(0.72, 0.487 + 0.006 * (age - 50))


def split(total: int, weights: list[float], rng: random.Random) -> list[int]:
    """Whole numbers with the given total in proportion to the weights (largest remainder, ties at random)."""
    exact = [total * w / sum(weights) for w in weights]
    parts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (parts[i] - exact[i], rng.random()))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def population(values, rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = []
    for space in values:
        for first, last, count in brackets(values[space]):
            ages = range(first, last + 1)
            per_age = split(count, [age_weight(a) * rng.uniform(0.85, 1.15) for a in ages], rng)
            for age, n in zip(ages, per_age):
                female = sum(rng.random() < female_share(age) for _ in range(n))
                rows.append([space, age, "m", n - female])
                rows.append([space, age, "f", female])
    return rows


def survival(age: int, sex: str) -> float:
    """Probability of living to the next birthday: infant mortality, then a Gompertz curve (men die earlier)."""
    if age == 0:
        q = 0.0033 if sex == "m" else 0.0028
    else:
        q = min(0.6, (0.00004 if sex == "m" else 0.000022) * math.exp(0.098 * age) + 0.00012)
    return round(1 - (0.45 if age == OPEN_AGE else q), 6)


def fertility() -> list[tuple[int, float]]:
    """Age-specific rates for ages 15–49: a bell around 31 scaled to the total fertility rate."""
    shape = {a: math.exp(-((a - 31) / 5.5) ** 2) for a in range(15, 50)}
    total = sum(shape.values())
    return [(a, round(TFR * w / total, 6)) for a, w in shape.items()]


def migration_weight(age: int) -> float:
    """Who moves: young adults most, children with their parents, few old people."""
    return 0.35 * math.exp(-age / 6) + math.exp(-((age - 26) / 7) ** 2) + 0.04


def net_migration(values) -> list[list[object]]:
    rows: list[list[object]] = []
    weights = [migration_weight(a) for a in range(OPEN_AGE + 1)]
    for space, v in values.items():
        average = sum(int(v["net_migration"][y][1]) for y in MIGRATION_YEARS) / len(MIGRATION_YEARS)
        for age in range(OPEN_AGE + 1):
            for sex, share in (("m", 0.52), ("f", 0.48)):
                rows.append([space, age, sex, decimal(average * share * weights[age] / sum(weights), 4)])
    return rows


def decimal(x: float, places: int) -> str:
    return f"{x:.{places}f}".replace(".", ",")


def write(name: str, header: str, rows: list[list[object]]) -> None:
    OUT.mkdir(exist_ok=True)
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER_COMMENT + "\n" + header + "\n")
        for row in rows:
            f.write(";".join(str(x) for x in row) + "\n")


def main() -> None:
    rng = random.Random(20241231)
    values = read_values()
    header = "year;socialSpace;age;sex;value"
    write("population.csv", header, [[BASE_YEAR, *r] for r in population(values, rng)])
    write("life-table.csv", header, [[BASE_YEAR, "", a, s, decimal(survival(a, s), 6)] for a in range(OPEN_AGE + 1) for s in "mf"])
    write("fertility.csv", header, [[BASE_YEAR, "", a, "f", decimal(r, 6)] for a, r in fertility()])
    write("net-migration.csv", header, [[BASE_YEAR, *r] for r in net_migration(values)])


if __name__ == "__main__":
    main()
