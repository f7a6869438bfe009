#!/usr/bin/env python3
"""Writes a scaled synthetic city in the seed format, for benchmarks only.

    python3 bench/generate_city.py OUT_DIR [--spaces 600] [--indicators 150] [--years 20]

OUT_DIR gets social-spaces.geojson, action-fields.csv (+ action-fields/*.md copied from seed/), directory/ (from seed/),
indicators.csv and indicator-values.csv: the same files and formats as seed/, so the API's `seed`
command loads them through the importers. Deterministic; numbers are meaningless.
"""
import argparse
import json
import math
import random
import shutil
from pathlib import Path

COMMENT = "# Synthetische Benchmark-Daten für SozialHub – keine amtlichen Zahlen."
ACTION_FIELDS = ["participation", "education", "labour", "housing", "inclusion"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--spaces", type=int, default=600)
    parser.add_argument("--indicators", type=int, default=150)
    parser.add_argument("--years", type=int, default=20)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    seed = Path(__file__).resolve().parent.parent / "seed"
    shutil.copy(seed / "action-fields.csv", out / "action-fields.csv")
    shutil.copytree(seed / "action-fields", out / "action-fields", dirs_exist_ok=True)

    rng = random.Random(1)
    spaces = write_spaces(out, args.spaces, rng)
    indicators = write_indicators(out, args.indicators)
    rows = write_values(out, spaces, indicators, args.years, rng)
    copy_directory(seed / "directory", out / "directory", spaces)
    print(f"{len(spaces)} spaces, {len(indicators)} indicators, {args.years} years: {rows} values in {out}")


def copy_directory(source: Path, target: Path, spaces: list[str]) -> None:
    """The demo directory (offerings for bench/queries/offerings.json), its locations spread over the bench's spaces."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    lines = (source / "locations.csv").read_text(encoding="utf-8").splitlines()
    rows = [line.rsplit(";", 1)[0] + ";" + spaces[i % len(spaces)] for i, line in enumerate(lines[2:])]
    (target / "locations.csv").write_text("\n".join(lines[:2] + rows) + "\n", encoding="utf-8")


def write_spaces(out: Path, count: int, rng: random.Random) -> list[str]:
    columns = math.ceil(math.sqrt(count))
    size = 0.004
    features, keys = [], []
    for i in range(count):
        row, column = divmod(i, columns)
        lon, lat = 6.70 + column * size, 49.28 + row * size
        key = f"raum-{i + 1:04d}"
        ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
        district = i // 25
        features.append({
            "type": "Feature",
            "properties": {
                "key": key, "name": f"Sozialraum {i + 1}", "districtKey": f"bezirk-{district + 1:02d}",
                "districtName": f"Bezirk {district + 1}", "population": rng.randint(300, 3000),
                "socialCityArea": district % 7 == 0,
            },
            "geometry": {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]},
        })
        keys.append(key)
    (out / "social-spaces.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "description": COMMENT[2:], "features": features}), encoding="utf-8")
    return keys


def write_indicators(out: Path, count: int) -> list[tuple[str, bool]]:
    lines = [COMMENT, "key;name;unit;polarity;actionField;source;numerator;denominator;scale;suppressionThreshold;statusIndex;definition"]
    indicators = []
    for i in range(count):
        rate = i % 3 != 0
        key = f"indikator_{i + 1:03d}"
        unit, numerator, denominator, scale = ("%", "Zähler", "Nenner", 100) if rate else ("count", "", "", 1)
        polarity = ["higher_is_worse", "higher_is_better", "context"][i % 3]
        lines.append(f"{key};Indikator {i + 1};{unit};{polarity};{ACTION_FIELDS[i % 5]};Benchmark;{numerator};{denominator};{scale};3;false;Benchmark-Indikator {i + 1}.")
        indicators.append((key, rate))
    (out / "indicators.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return indicators


def write_values(out: Path, spaces: list[str], indicators: list[tuple[str, bool]], years: int, rng: random.Random) -> int:
    rows = 0
    with (out / "indicator-values.csv").open("w", encoding="utf-8") as file:
        file.write(COMMENT + "\nsocialSpace;indicator;year;value;numerator;denominator\n")
        for space in spaces:
            for key, rate in indicators:
                base = rng.randint(50, 2000)
                for year in range(2025 - years, 2025):
                    if rate:
                        denominator = base + rng.randint(0, 50)
                        numerator = rng.randint(0, denominator // 4)
                        file.write(f"{space};{key};{year};;{numerator};{denominator}\n")
                    else:
                        file.write(f"{space};{key};{year};{base + rng.randint(-20, 20)};;\n")
                    rows += 1
    return rows


if __name__ == "__main__":
    main()
