"""Das synthetische Verzeichnis der Demostadt: Träger, Angebote, Orte, Einrichtungen,
Kooperationen und Netzwerke im tabellarischen Stil von HSDS 3.1 (seed/directory/).

Alle Einträge sind ERFUNDEN. Eigener Zufallsgenerator (random.Random(SEED)), damit die
übrigen Dateien des Generators byte-gleich bleiben; zwei Läufe erzeugen byte-gleiche Dateien.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

SEED = 20250107
SYNTHETIC = "Synthetischer Demoeintrag – diese Organisation und ihre Angaben sind erfunden."

# (Name, Rechtsform, Dachverband, Art, Stadtteil)
ORGANIZATIONS = [
    ("AWO Kreisverband Saarlouis", "e.V.", None, "welfare", "innenstadt"),
    ("AWO Ortsverein Roden", "e.V.", "AWO Kreisverband Saarlouis", "welfare", "roden"),
    ("AWO Ortsverein Fraulautern", "e.V.", "AWO Kreisverband Saarlouis", "welfare", "fraulautern"),
    ("AWO Seniorenzentrum Saarlouis", "gGmbH", "AWO Kreisverband Saarlouis", "seniors", "lisdorf"),
    ("Caritasverband Saar-Hochwald", "e.V.", None, "welfare", "innenstadt"),
    ("Caritas-Migrationsdienst Saarlouis", None, "Caritasverband Saar-Hochwald", "migration", "innenstadt"),
    ("Caritas-Familienzentrum Roden", None, "Caritasverband Saar-Hochwald", "family", "roden"),
    ("Diakonisches Werk an der Saar", "gGmbH", None, "welfare", "innenstadt"),
    ("Diakonie Beratungszentrum Saarlouis", None, "Diakonisches Werk an der Saar", "counselling", "innenstadt"),
    ("Evangelische Kita Fraulautern", None, "Diakonisches Werk an der Saar", "daycare", "fraulautern"),
    ("DRK Kreisverband Saarlouis", "e.V.", None, "welfare", "innenstadt"),
    ("DRK Ortsverein Lisdorf", "e.V.", "DRK Kreisverband Saarlouis", "welfare", "lisdorf"),
    ("DRK Kleiderladen Saarlouis", None, "DRK Kreisverband Saarlouis", "poverty", "roden"),
    ("Der Paritätische Saar, Kreisgruppe Saarlouis", "e.V.", None, "welfare", "innenstadt"),
    ("Lebenshilfe Saarlouis", "e.V.", "Der Paritätische Saar, Kreisgruppe Saarlouis", "disability", "beaumarais"),
    ("Frauen helfen Frauen Saarlouis", "e.V.", "Der Paritätische Saar, Kreisgruppe Saarlouis", "counselling", "innenstadt"),
    ("Pro Familia Beratungsstelle Saarlouis", "e.V.", "Der Paritätische Saar, Kreisgruppe Saarlouis", "counselling", "innenstadt"),
    ("Kinderschutzbund Ortsverband Saarlouis", "e.V.", "Der Paritätische Saar, Kreisgruppe Saarlouis", "family", "fraulautern"),
    ("Arbeitslosenhilfe Saarlouis", "e.V.", "Der Paritätische Saar, Kreisgruppe Saarlouis", "labour", "roden"),
    ("Bürgerverein Steinrausch", "e.V.", None, "neighbourhood", "steinrausch"),
    ("SV Picard 1920", "e.V.", None, "sport", "picard"),
    ("Förderverein Jugendtreff Fraulautern", "e.V.", None, "youth", "fraulautern"),
    ("Tafel Saarlouis", "e.V.", None, "poverty", "roden"),
    ("Interkultureller Verein Saarlouis", "e.V.", None, "migration", "innenstadt"),
    ("Seniorengemeinschaft Neuforweiler", "e.V.", None, "seniors", "neuforweiler"),
    ("Nachbarschaftshilfe Beaumarais", "e.V.", None, "neighbourhood", "beaumarais"),
    ("Lesepaten Saarlouis", "e.V.", None, "education", "innenstadt"),
    ("Jugendzentrum Roden", "e.V.", None, "youth", "roden"),
    ("Grundschule Roden", None, None, "school", "roden"),
    ("Grundschule Fraulautern", None, None, "school", "fraulautern"),
    ("Grundschule Lisdorf", None, None, "school", "lisdorf"),
    ("Gemeinschaftsschule Saarlouis", None, None, "school", "innenstadt"),
    ("Gymnasium am Stadtgarten", None, None, "school", "innenstadt"),
    ("Kreisstadt Saarlouis, Amt für Soziales", None, None, "city", "innenstadt"),
    ("Kreisstadt Saarlouis, Amt für Kinder, Jugend und Familie", None, None, "city", "innenstadt"),
    ("Kreisstadt Saarlouis, Quartiersmanagement Roden", None, None, "neighbourhood", "roden"),
    ("Kreisstadt Saarlouis, Quartiersmanagement Fraulautern", None, None, "neighbourhood", "fraulautern"),
    ("Kreisstadt Saarlouis, Seniorenbüro", None, None, "seniors", "innenstadt"),
    ("Volkshochschule Saarlouis", None, None, "education", "innenstadt"),
    ("Katholische Pfarrei St. Ludwig", None, None, "neighbourhood", "innenstadt"),
]

TARGET_GROUPS = [  # (key, Name, Beschreibung, Mindestalter, Höchstalter)
    ("children", "Kinder", "Kinder von 0 bis 13 Jahren.", 0, 13),
    ("youth", "Jugendliche", "Jugendliche und junge Erwachsene von 12 bis 26 Jahren.", 12, 26),
    ("families", "Familien", "Eltern, Alleinerziehende und ihre Kinder.", None, None),
    ("seniors", "Ältere Menschen", "Menschen ab 60 Jahren.", 60, None),
    ("unemployed", "Arbeitsuchende", "Arbeitslose und von Arbeitslosigkeit bedrohte Menschen.", 18, 67),
    ("migrants", "Zugewanderte", "Menschen mit Einwanderungsgeschichte und Geflüchtete.", None, None),
    ("disabilities", "Menschen mit Behinderung", "Menschen mit Behinderung und ihre Angehörigen.", None, None),
    ("women", "Frauen", "Frauen und Mädchen.", None, None),
    ("everyone", "Alle", "Offen für alle Bürgerinnen und Bürger.", None, None),
]

# Angebotsvorlagen je Art des Trägers: (Name, Handlungsfelder, Zielgruppen)
OFFERINGS = {
    "welfare": [("Allgemeine Sozialberatung", "labour inclusion", "everyone"),
                ("Schuldnerberatung", "labour", "everyone unemployed"),
                ("Ehrenamtsbörse", "participation", "everyone"),
                ("Hilfe beim Ausfüllen von Anträgen", "labour inclusion", "everyone migrants")],
    "seniors": [("Seniorentreff mit Mittagstisch", "participation", "seniors"),
                ("Sturzprävention und Bewegung", "inclusion", "seniors"),
                ("Digitale Sprechstunde für Ältere", "participation education", "seniors")],
    "migration": [("Migrationsberatung für Erwachsene", "inclusion labour", "migrants"),
                  ("Deutsch-Sprachcafé", "inclusion education", "migrants"),
                  ("Begleitung zu Ämtern", "inclusion", "migrants families")],
    "family": [("Eltern-Kind-Gruppe", "education", "families children"),
               ("Erziehungsberatung", "education", "families"),
               ("Familienfrühstück", "participation", "families")],
    "counselling": [("Psychosoziale Beratung", "inclusion", "everyone"),
                    ("Schwangerschaftsberatung", "inclusion", "women families"),
                    ("Beratung bei häuslicher Gewalt", "inclusion", "women")],
    "daycare": [("Krippengruppe", "education", "children families"),
                ("Sprachförderung im Kita-Alltag", "education inclusion", "children")],
    "poverty": [("Lebensmittelausgabe", "labour", "everyone"),
                ("Kleiderkammer", "labour", "everyone families")],
    "disability": [("Freizeitclub inklusiv", "inclusion participation", "disabilities youth"),
                   ("Beratung für Angehörige", "inclusion", "disabilities families"),
                   ("Assistenz im Alltag", "inclusion housing", "disabilities")],
    "labour": [("Bewerbungswerkstatt", "labour", "unemployed"),
               ("Arbeitslosentreff", "labour participation", "unemployed"),
               ("Jobcoaching für junge Menschen", "labour education", "youth unemployed")],
    "neighbourhood": [("Nachbarschaftscafé", "participation housing", "everyone"),
                      ("Stadtteilkonferenz", "participation", "everyone"),
                      ("Gemeinschaftsgarten", "housing participation", "everyone"),
                      ("Reparaturcafé", "housing participation", "everyone")],
    "sport": [("Kinderturnen", "education", "children"),
              ("Fußball für alle", "inclusion participation", "youth migrants")],
    "youth": [("Offener Jugendtreff", "education participation", "youth"),
              ("Hausaufgabenhilfe", "education", "children youth"),
              ("Ferienprogramm", "education", "children youth")],
    "education": [("Lesepatenschaften", "education", "children"),
                  ("Integrationskurs", "inclusion education", "migrants"),
                  ("Alphabetisierungskurs", "education inclusion", "everyone migrants")],
    "school": [("Ganztagsbetreuung", "education", "children families"),
               ("Schulsozialarbeit", "education", "children youth"),
               ("Elterncafé", "participation education", "families")],
    "city": [("Wohngeldberatung", "housing labour", "everyone"),
             ("Bürgersprechstunde Sozialplanung", "participation", "everyone"),
             ("Beratung zu Kita-Plätzen", "education", "families"),
             ("Wohnungsnotfallhilfe", "housing", "everyone")],
}

# Einrichtungsart je Art des Trägers: (Art, Namensteil, Plätze von, bis)
FACILITIES = {
    "welfare": ("CounsellingCentre", "Beratungsstelle", None, None),
    "seniors": ("SeniorCentre", "Seniorentreff", 20, 80),
    "migration": ("CounsellingCentre", "Beratungsstelle", None, None),
    "family": ("FamilyCentre", "Familienzentrum", 20, 60),
    "counselling": ("CounsellingCentre", "Beratungsstelle", None, None),
    "daycare": ("DayCare", "Kita", 45, 110),
    "poverty": ("Other", "Ausgabestelle", None, None),
    "disability": ("Other", "Begegnungsstätte", 15, 40),
    "labour": ("CounsellingCentre", "Beratungsstelle", None, None),
    "neighbourhood": ("NeighbourhoodOffice", "Stadtteilbüro", None, None),
    "sport": ("Playground", "Spiel- und Bolzplatz", None, None),
    "youth": ("YouthCentre", "Jugendtreff", 25, 70),
    "education": ("Other", "Lernort", 15, 40),
    "school": ("PrimarySchool", "Schulgebäude", 150, 420),
    "city": ("NeighbourhoodOffice", "Bürgerbüro", None, None),
}

STREETS = ["Bahnhofstraße", "Kirchstraße", "Saarstraße", "Lisdorfer Straße", "Zeughausstraße", "Wallerfanger Straße",
           "Schulstraße", "Hauptstraße", "Gartenstraße", "Lindenallee", "Am Markt", "Provinzialstraße",
           "Holzmühler Weg", "Ludwigstraße", "Friedensstraße", "Dechant-Unkel-Straße"]
LANGUAGES = ["tr", "ar", "ru", "uk", "en", "fr", "pl", "fa"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]
RHYTHMS = ["monatlich", "quartalsweise", "alle zwei Monate", "halbjährlich"]
NETWORKS = [  # (Name, Handlungsfeld, Koordination (Index), Träger-Arten der Mitglieder)
    ("Stadtteilkonferenz Roden", "participation", 35, {"neighbourhood", "welfare", "youth", "school", "family", "poverty"}),
    ("Arbeitskreis Jugend Saarlouis", "education", 34, {"youth", "school", "sport", "family", "education"}),
    ("Netzwerk Frühe Hilfen", "education", 34, {"family", "daycare", "counselling", "city"}),
    ("Runder Tisch Integration", "inclusion", 23, {"migration", "education", "welfare", "disability"}),
    ("Arbeitskreis Armut und Existenzsicherung", "labour", 13, {"poverty", "labour", "welfare", "city"}),
]
FORMS = ["SpontaneousHelp", "ResourceSharing", "JointEvent", "BindingProject"]
FORMALITIES = ["Informal", "Agreement", "Contract"]
STATUSES = ["active"] * 40 + ["inactive", "temporarily closed", "defunct"]
TODAY = date(2025, 1, 7)


def point_in_ring(x: float, y: float, ring: list[list[float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_in(rng: random.Random, ring: list[list[float]]) -> tuple[float, float]:
    """Ein zufälliger Punkt im Ring (auf 6 Stellen gerundet und danach geprüft)."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    while True:
        x, y = round(rng.uniform(min(xs), max(xs)), 6), round(rng.uniform(min(ys), max(ys)), 6)
        if point_in_ring(x, y, ring):
            return x, y


def decimal(value: float) -> str:
    return f"{value:.6f}".replace(".", ",")


def generate(out: Path, spaces: list[tuple[str, str, list[list[float]]]], write_csv, slugify) -> None:
    """spaces: (Schlüssel, Stadtteil, Ring) je Sozialraum."""
    rng = random.Random(SEED)
    new_id = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    out.mkdir(exist_ok=True)
    by_district: dict[str, list[tuple[str, list[list[float]]]]] = {}
    for key, district, ring in spaces:
        by_district.setdefault(district, []).append((key, ring))

    org_ids = [new_id() for _ in ORGANIZATIONS]
    org_index = {o[0]: i for i, o in enumerate(ORGANIZATIONS)}
    orgs, locations, org_locations = [], [], {}
    for i, (name, legal, parent, kind, district) in enumerate(ORGANIZATIONS):
        slug = slugify(name).replace("-", "")[:20]
        orgs.append([org_ids[i], name, f"**{name}** – {SYNTHETIC}", f"kontakt@{slug}.example",
                     f"https://{slug}.example", f"06831 {rng.randint(10000, 99999)}", legal or "",
                     org_ids[org_index[parent]] if parent else "",
                     f"VR {rng.randint(1000, 9999)}, Amtsgericht Saarbrücken" if legal == "e.V." else ""])
        count = 1 if kind in {"school", "daycare"} else rng.choice([1, 2, 2, 3])
        org_locations[i] = []
        for n in range(count):
            home = district if n == 0 or rng.random() < 0.5 else rng.choice(sorted(by_district))
            space_key, ring = rng.choice(by_district[home])
            lon, lat = point_in(rng, ring)
            location_id = new_id()
            place = name if n == 0 else f"{name}, Außenstelle {n}"
            accessibility = rng.choice(["Stufenloser Zugang, barrierefreies WC", "Eingang mit zwei Stufen, Klingel für Rampe",
                                        "Aufzug vorhanden", ""])
            locations.append([location_id, org_ids[i], "physical", place, "", decimal(lat), decimal(lon),
                              f"{rng.choice(STREETS)} {rng.randint(1, 120)}", "66740", "Saarlouis", "Saarland", "DE",
                              accessibility, space_key])
            org_locations[i].append(location_id)

    # Einrichtungen: je Ort mit Art, bis ~60
    facilities = []
    for i, (name, _legal, _parent, kind, _district) in enumerate(ORGANIZATIONS):
        facility_kind, label, low, high = FACILITIES[kind]
        for n, location_id in enumerate(org_locations[i]):
            if len(facilities) < 62 and (n == 0 or rng.random() < 0.6):
                kind_here = "SecondarySchool" if kind == "school" and "Grundschule" not in name else facility_kind
                capacity = rng.randint(low, high) if low else ""
                facilities.append([new_id(), location_id, org_ids[i], f"{label} {name}" if n == 0 else f"{label} {name} ({n + 1})",
                                   kind_here, capacity])

    # Angebote: ~150, reihum über die Träger
    services, at_locations, schedules, languages = [], [], [], []
    order = [i for i in range(len(ORGANIZATIONS)) for _ in range(4)][:150]
    used: set[str] = set()
    for i in order:
        name, _legal, _parent, kind, _district = ORGANIZATIONS[i]
        title, fields, groups = rng.choice(OFFERINGS[kind])
        place = name.split(", ")[-1]
        title_here = f"{title} ({place})"
        n = 2
        while title_here in used:
            title_here, n = f"{title} ({place}) {n}", n + 1
        used.add(title_here)
        service_id = new_id()
        group_list = groups.split()
        ages = [TARGET_GROUPS[[g[0] for g in TARGET_GROUPS].index(g)][3:] for g in group_list]
        minimum = min((a[0] for a in ages if a[0] is not None), default=None)
        maximum = max((a[1] for a in ages), default=None) if all(a[1] is not None for a in ages) else None
        cost = rng.choice(["free"] * 5 + ["amount", "amount", "on_request"])
        amount = decimal(rng.choice([2, 3.5, 5, 10, 25, 40]))[:-4] if cost == "amount" else ""
        online = rng.random() < 0.12
        reviewed = TODAY - timedelta(days=rng.randint(10, 520))
        services.append([service_id, org_ids[i], title_here,
                         f"{title} von {name} für {', '.join(TARGET_GROUPS[[g[0] for g in TARGET_GROUPS].index(g)][1] for g in group_list)}. "
                         f"*{SYNTHETIC}*",
                         rng.choice(STATUSES), orgs[i][3], orgs[i][4], "" if "everyone" in group_list else "Nach Absprache.",
                         "" if minimum is None else minimum, "" if maximum is None else maximum,
                         rng.choice(["Einfach vorbeikommen.", "Anmeldung per Telefon oder E-Mail.", "Termin nach Vereinbarung."]),
                         reviewed.isoformat(), rng.choice(["Frau Becker", "Herr Klein", "Frau Yilmaz", "Herr Schmitt", "Frau Müller"]),
                         orgs[i][5], "ja" if online else "nein", cost, amount,
                         "je Termin" if cost == "amount" else "", fields, groups])
        places = org_locations[i] if len(org_locations[i]) < 2 or rng.random() < 0.3 else [rng.choice(org_locations[i])]
        for location_id in places:
            at_locations.append([new_id(), service_id, location_id])
        for day in sorted(rng.sample(range(len(WEEKDAYS)), rng.choice([1, 1, 2, 3])), key=int):
            opens = rng.choice([8, 9, 10, 14, 15, 16])
            valid_to = f"{TODAY.year}-07-31" if rng.random() < 0.1 else ""
            schedules.append([new_id(), service_id, places[0], "WEEKLY", WEEKDAYS[day], f"{opens:02d}:00",
                              f"{opens + rng.choice([1, 2, 3]):02d}:{rng.choice(['00', '30'])}",
                              "" if not valid_to else f"{TODAY.year}-01-01", valid_to, "nicht in den Schulferien" if valid_to else ""])
        codes = ["de"] + sorted(rng.sample(LANGUAGES, rng.choice([0, 0, 1, 2])))
        languages += [[new_id(), service_id, code] for code in codes]

    # Kooperationen: ~80 Paare, einige noch nicht bestätigt
    cooperations, pairs = [], set()
    while len(cooperations) < 80:
        a, b = rng.sample(range(len(ORGANIZATIONS)), 2)
        if (a, b) in pairs or (b, a) in pairs:
            continue
        pairs.add((a, b))
        since = TODAY - timedelta(days=rng.randint(60, 2500))
        proposed = since - timedelta(days=rng.randint(5, 30))
        confirmed = len(cooperations) % 9 != 4
        fields = " ".join(sorted(set(rng.sample(["participation", "education", "labour", "housing", "inclusion"], rng.choice([1, 1, 2])))))
        cooperations.append([new_id(), org_ids[a], org_ids[b], rng.choice(FORMS), rng.choice([1, 1, 2, 2, 3]), rng.choice(FORMALITIES),
                             fields, since.isoformat(), "", f"Zusammenarbeit von {ORGANIZATIONS[a][0]} und {ORGANIZATIONS[b][0]} (synthetisch).",
                             proposed.isoformat(), (proposed + timedelta(days=rng.randint(1, 20))).isoformat() if confirmed else ""])

    networks = []
    for name, field, coordinator, kinds in NETWORKS:
        members = [org_ids[i] for i, o in enumerate(ORGANIZATIONS) if o[3] in kinds and rng.random() < 0.8]
        if org_ids[coordinator] not in members:
            members.insert(0, org_ids[coordinator])
        networks.append([new_id(), name, f"{name} – synthetischer Demoeintrag.", org_ids[coordinator], field,
                         rng.choice(RHYTHMS), " ".join(members)])

    write_csv(out / "target-groups.csv", ["key", "name", "description"], [list(g[:3]) for g in TARGET_GROUPS])
    write_csv(out / "organizations.csv", ["id", "name", "description", "email", "website", "phone", "legal_status",
                                          "parent_organization_id", "organization_identifier"], orgs)
    write_csv(out / "locations.csv", ["id", "organization_id", "location_type", "name", "description", "latitude", "longitude",
                                      "address_1", "postal_code", "city", "state_province", "country", "accessibility",
                                      "social_space"], locations)
    write_csv(out / "facilities.csv", ["id", "location_id", "organization_id", "name", "kind", "capacity"], facilities)
    write_csv(out / "services.csv", ["id", "organization_id", "name", "description", "status", "email", "url",
                                     "eligibility_description", "minimum_age", "maximum_age", "application_process",
                                     "assured_date", "contact_name", "phone", "online", "cost", "cost_amount", "cost_note",
                                     "action_fields", "target_groups"], services)
    write_csv(out / "service_at_locations.csv", ["id", "service_id", "location_id"], at_locations)
    write_csv(out / "schedules.csv", ["id", "service_id", "location_id", "freq", "byday", "opens_at", "closes_at",
                                      "valid_from", "valid_to", "notes"], schedules)
    write_csv(out / "languages.csv", ["id", "service_id", "code"], languages)
    write_csv(out / "cooperations.csv", ["id", "proposer_id", "partner_id", "form", "intensity", "formality", "action_fields",
                                         "since", "until", "description", "proposer_confirmed", "partner_confirmed"], cooperations)
    write_csv(out / "networks.csv", ["id", "name", "description", "coordinator_id", "action_field", "meeting_rhythm",
                                     "member_ids"], networks)
