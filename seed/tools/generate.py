#!/usr/bin/env python3
"""Erzeugt die synthetischen Demodaten von SozialHub (Kreisstadt Saarlouis).

Alle Zuschnitte und Zahlen sind ERFUNDEN (keine amtlichen Zahlen). Das Skript
nutzt nur die Python-Standardbibliothek und ist deterministisch
(random.Random(20241231)): zwei Läufe erzeugen byte-gleiche Dateien.

Aufruf (aus dem Wurzelverzeichnis des Repositorys):

    python3 seed/tools/generate.py

Geschrieben werden (im Ordner seed/, jeweils überschrieben):
    social-spaces.geojson, action-fields.csv, action-fields/<key>.md,
    indicators.csv, indicator-values.csv,
    directory/*.csv (das Verzeichnis: siehe tools/directory.py)
"""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import directory

SEED = 20241231
YEARS = list(range(2014, 2025))
LAST_YEAR = YEARS[-1]
SEED_DIR = Path(__file__).resolve().parent.parent

CSV_COMMENT = "# Synthetische Demodaten für SozialHub (Kreisstadt Saarlouis) – keine amtlichen Zahlen."
DEMO_NOTE = (
    "*Demotext: Dieser Text wurde für die Demonstration von SozialHub verfasst. "
    "Er beschreibt keine beschlossene Planung der Kreisstadt Saarlouis.*"
)

# --------------------------------------------------------------------------
# Stadtteile und Sozialräume
# --------------------------------------------------------------------------

DISTRICTS = [  # (key, Anzeigename) in Ausgabereihenfolge
    ("innenstadt", "Innenstadt"),
    ("roden", "Roden"),
    ("fraulautern", "Fraulautern"),
    ("lisdorf", "Lisdorf"),
    ("beaumarais", "Beaumarais"),
    ("picard", "Picard"),
    ("neuforweiler", "Neuforweiler"),
    ("steinrausch", "Steinrausch"),
]
DISTRICT_NAMES = dict(DISTRICTS)
SOCIAL_CITY_DISTRICTS = {"roden", "fraulautern"}  # Programm "Sozialer Zusammenhalt"

# Raster 7 Spalten x 4 Zeilen; Zeile 0 = Norden, Spalte 0 = Westen.
#   St St St Ro Ro Ro Fr
#   St Be In In Ro Ro Fr
#   Ne Be Be In In Fr Fr
#   Ne Pi Pi Li Li Li Fr
NCOL, NROW = 7, 4
LON_MIN, LON_MAX = 6.700, 6.810
LAT_MIN, LAT_MAX = 49.280, 49.350

# (Name, Stadtteil, Zeile, Spalte, Einwohner 31.12.2024, SGB-II-Quote 2024 in %,
#  Trend der Belastung je Jahr (+ = verschlechtert sich bis 2024),
#  Einwohnerentwicklung je Jahr zusätzlich zum städtischen Verlauf)
SPACES = [
    ("Innenstadt – Altstadt", "innenstadt", 2, 3, 2314, 10.4, 0.020, 0.000),
    ("Innenstadt – Großer Markt", "innenstadt", 1, 3, 1948, 11.2, 0.010, -0.002),
    ("Innenstadt – Vaubaninsel", "innenstadt", 1, 2, 1323, 7.6, -0.015, 0.003),
    ("Innenstadt – Gartenreihen", "innenstadt", 2, 4, 2019, 8.1, 0.005, 0.001),
    ("Roden-Nordwest", "roden", 0, 3, 1482, 15.6, -0.010, -0.001),
    ("Roden-Nord", "roden", 0, 4, 1736, 20.1, 0.012, 0.000),
    ("Roden-Nordost", "roden", 0, 5, 1318, 14.8, -0.025, -0.002),
    ("Roden-Saarufer", "roden", 1, 4, 1694, 21.9, 0.028, 0.002),
    ("Roden-Süd", "roden", 1, 5, 1395, 17.8, 0.000, -0.001),
    ("Fraulautern-Nord", "fraulautern", 0, 6, 1087, 16.6, 0.008, -0.002),
    ("Fraulautern-Mitte", "fraulautern", 1, 6, 1612, 21.0, -0.015, 0.000),
    ("Fraulautern-West", "fraulautern", 2, 5, 1371, 18.9, 0.018, 0.001),
    ("Fraulautern-Ost", "fraulautern", 2, 6, 1129, 15.4, -0.008, -0.003),
    ("Fraulautern-Süd", "fraulautern", 3, 6, 954, 17.2, 0.015, -0.001),
    ("Lisdorf-Mitte", "lisdorf", 3, 4, 1701, 7.1, 0.004, 0.000),
    ("Lisdorf-West", "lisdorf", 3, 3, 1342, 6.2, -0.012, 0.006),
    ("Lisdorfer Au", "lisdorf", 3, 5, 183, 5.0, 0.000, -0.002),
    ("Beaumarais-Nord", "beaumarais", 1, 1, 1046, 5.8, 0.010, -0.002),
    ("Beaumarais-West", "beaumarais", 2, 1, 893, 4.4, -0.010, 0.001),
    ("Beaumarais-Ost", "beaumarais", 2, 2, 967, 6.3, 0.006, -0.001),
    ("Picard-West", "picard", 3, 1, 734, 4.3, -0.006, 0.002),
    ("Picard-Ost", "picard", 3, 2, 806, 5.9, 0.012, -0.002),
    ("Neuforweiler-Nord", "neuforweiler", 2, 0, 883, 4.6, -0.004, 0.004),
    ("Neuforweiler-Süd", "neuforweiler", 3, 0, 812, 4.1, 0.002, 0.001),
    ("Steinrausch-Nordwest", "steinrausch", 0, 0, 912, 6.5, -0.008, -0.004),
    ("Steinrausch-Mitte", "steinrausch", 0, 1, 1348, 8.9, 0.018, -0.002),
    ("Steinrausch-Ost", "steinrausch", 0, 2, 1143, 7.6, 0.006, -0.003),
    ("Steinrausch-Süd", "steinrausch", 1, 0, 861, 5.4, -0.005, -0.001),
]

# Grün- bzw. Spielfläche je Einwohner (m²) als Ausgangswert je Stadtteil
GREEN_PER_INH = {
    "innenstadt": 14.0, "roden": 22.0, "fraulautern": 27.0, "lisdorf": 58.0,
    "beaumarais": 52.0, "picard": 68.0, "neuforweiler": 78.0, "steinrausch": 45.0,
}
PLAY_PER_INH = {
    "innenstadt": 0.7, "roden": 1.3, "fraulautern": 1.2, "lisdorf": 1.6,
    "beaumarais": 1.8, "picard": 2.1, "neuforweiler": 2.3, "steinrausch": 1.5,
}

# --------------------------------------------------------------------------
# Handlungsfelder
# --------------------------------------------------------------------------

ACTION_FIELDS = [
    ("participation", "Partizipation & Vernetzung", 1),
    ("education", "Bildung & Erziehung", 2),
    ("labour", "Arbeitsmarkt & Existenzsicherung", 3),
    ("housing", "Wohnen & Wohnumgebung", 4),
    ("inclusion", "Inklusion & Integration", 5),
]

ACTION_FIELD_TEXTS = {
    "participation": """\
Das Handlungsfeld Partizipation & Vernetzung beschreibt, wie Bürgerinnen und Bürger, Vereine, freie Träger und Verwaltung in Saarlouis gemeinsam an der Entwicklung ihrer Sozialräume arbeiten. Integrierte Sozialplanung lebt davon, dass Daten nicht nur im Rathaus ausgewertet, sondern mit den Menschen vor Ort besprochen werden – in Stadtteilkonferenzen, Quartiersbüros, Beiräten und den Netzwerken der Wohlfahrtspflege. In den Gebieten des Städtebauförderprogramms „Sozialer Zusammenhalt“ in Roden und Fraulautern ist das Quartiersmanagement ein zentraler Baustein dieser Arbeit.

Typische Fragen in diesem Handlungsfeld sind:

- Welche Gruppen sind in Gremien und Beteiligungsformaten bisher kaum vertreten, etwa Alleinerziehende, ältere Menschen oder Zugewanderte?
- Wo fehlen Treffpunkte, Beratungsangebote oder Strukturen für das Ehrenamt?
- Wie gut sind Kitas, Schulen, Jugendhilfe, Jobcenter und Vereine im Sozialraum miteinander vernetzt?
- Wie werden die Ergebnisse der Sozialberichterstattung in die Stadtteile zurückgespiegelt?

Als Kennzahl ordnet SozialHub diesem Handlungsfeld den Anteil der Alleinerziehendenhaushalte an allen Haushalten mit Kindern zu. Alleinerziehende tragen besonders hohe Alltagslasten und haben oft wenig Zeit für Engagement und Beteiligung. Ein hoher Anteil ist deshalb ein Hinweis, Beteiligungsformate niedrigschwellig, familienfreundlich und zeitlich flexibel zu gestalten. Ergänzend sind qualitative Informationen wichtig, zum Beispiel Protokolle von Stadtteilkonferenzen oder eine Übersicht der aktiven Netzwerke im Quartier.
""",
    "education": """\
Bildung & Erziehung umfasst die Bildungs- und Entwicklungschancen von Kindern und Jugendlichen – von der frühen Kindheit bis zum Übergang in Ausbildung und Beruf. Für die integrierte Sozialplanung in Saarlouis steht die Frage im Mittelpunkt, ob Angebote der Kindertagesbetreuung, der Schulen und der Kinder- und Jugendhilfe dort ankommen, wo der Bedarf am größten ist. Bildungsbenachteiligung zeigt sich oft früh und kleinräumig, etwa in einzelnen Quartieren, in denen viele Kinder mit Sprachförderbedarf eingeschult werden.

Typische Fragen sind:

- Reichen die Betreuungsplätze für Kinder unter drei Jahren und für Kinder von drei Jahren bis zum Schuleintritt im jeweiligen Sozialraum?
- In welchen Sozialräumen zeigt die Schuleingangsuntersuchung einen hohen Sprachförderbedarf?
- Wo werden Hilfen zur Erziehung besonders häufig in Anspruch genommen, und gibt es dort genügend präventive Angebote?
- Wie gut gelingt der Übergang von der Kita in die Grundschule?

Zugeordnete Kennzahlen sind die Betreuungsquoten der unter Dreijährigen und der Drei- bis unter Sechsjährigen, der Anteil der Kinder mit Sprachförderbedarf bei der Einschulung sowie die Hilfen zur Erziehung je 1.000 Einwohner unter 21 Jahren. Die Daten stammen vor allem vom Jugendamt des Landkreises Saarlouis und vom Gesundheitsamt. Weil die Fallzahlen in kleinen Sozialräumen gering sind, werden sehr kleine Werte zum Schutz der betroffenen Familien nicht angezeigt.
""",
    "labour": """\
Das Handlungsfeld Arbeitsmarkt & Existenzsicherung beschreibt, ob die Menschen in Saarlouis ihren Lebensunterhalt aus eigener Erwerbstätigkeit sichern können oder auf Transferleistungen angewiesen sind. Arbeitslosigkeit, der Bezug von Bürgergeld nach dem SGB II und die Grundsicherung im Alter sind zentrale Hinweise auf Armutslagen. Sie konzentrieren sich häufig in wenigen Sozialräumen und wirken dort auf Bildungschancen, Gesundheit und Teilhabe zurück. Vier Kennzahlen dieses Handlungsfeldes – Arbeitslosenanteil, Anteil der Langzeitarbeitslosen, SGB-II-Quote und Kinderarmut – bilden zusammen den Statusindex von SozialHub.

Typische Fragen sind:

- In welchen Sozialräumen leben besonders viele Menschen in SGB-II-Bedarfsgemeinschaften, und wie entwickelt sich ihr Anteil?
- Wie viele Kinder unter 15 Jahren wachsen in Familien mit SGB-II-Bezug auf?
- Verfestigt sich Arbeitslosigkeit, erkennbar am Anteil der Langzeitarbeitslosen?
- Nimmt die Altersarmut zu, gemessen an der Grundsicherung im Alter?
- Wie hoch ist die Beschäftigungsquote am Wohnort?

Die Daten liefern die Bundesagentur für Arbeit, das Jobcenter und das Sozialamt. Für Personenzahlen gilt die Geheimhaltungsregel der Bundesagentur für Arbeit: Fallzahlen unter drei werden nicht veröffentlicht. Bei der Auswertung gilt: Sozialräume mit hohen Anteilen sind keine „Problemviertel“, sondern Orte, an denen Unterstützung besonders wirksam eingesetzt werden kann.
""",
    "housing": """\
Wohnen & Wohnumgebung betrachtet die Qualität des Wohnens und des öffentlichen Raums in den Saarlouiser Sozialräumen. Dazu gehören bezahlbarer Wohnraum, der Zustand von Gebäuden und Wohnumfeld, die Versorgung mit Grün- und Spielflächen sowie die Erreichbarkeit von Nahversorgung, Bus und Bahn. Gerade in dicht bebauten Quartieren wie der Innenstadt oder den Geschosswohnungsbeständen in Roden und Fraulautern entscheidet die Wohnumgebung darüber, ob Kinder draußen spielen können und Nachbarschaften entstehen.

Typische Fragen sind:

- Wo ist die Versorgung mit Spielflächen je Einwohner gering?
- Welche Sozialräume haben wenig öffentlich zugängliche Grünfläche, und wo könnten Flächen entsiegelt oder aufgewertet werden?
- Wie viele Haushalte sind auf Wohngeld angewiesen, und wie wirken sich Reformen wie das Wohngeld-Plus-Gesetz von 2023 aus?
- Wo treffen eine schwache Wohnumgebung und eine hohe soziale Belastung zusammen?

SozialHub ordnet diesem Handlungsfeld die Spielfläche und die Grünfläche in Quadratmetern je Einwohner sowie den Anteil der Haushalte mit Wohngeld zu. Die Flächenangaben stammen vom Grünflächenamt; weil sie keine Personen betreffen, gilt für sie keine Geheimhaltungsschwelle. Flächen ändern sich meist sprunghaft, etwa wenn ein neuer Spielplatz eröffnet wird, während sich die Zahl der Einwohner als Bezugsgröße jedes Jahr etwas verschiebt.
""",
    "inclusion": """\
Inklusion & Integration ist in der integrierten Sozialplanung der Kreisstadt Saarlouis eine Querschnittsaufgabe: Sie betrifft alle anderen Handlungsfelder, von der Kita über den Arbeitsmarkt bis zur Gestaltung des Wohnumfelds. Ziel ist, dass alle Menschen – unabhängig von Herkunft, Behinderung, Alter oder Einkommen – gleichberechtigt am Leben in der Stadt teilhaben können. Die Zuwanderung von Geflüchteten in den Jahren 2015 und 2016 und seit 2022 aus der Ukraine hat die Bedeutung dieses Handlungsfeldes in einzelnen Sozialräumen deutlich erhöht.

Typische Fragen sind:

- Wie verteilt sich die Bevölkerung mit ausländischer Staatsangehörigkeit über die Sozialräume, und wie verändert sich das über die Jahre?
- Sind Beratungs-, Sprach- und Integrationsangebote dort erreichbar, wo sie gebraucht werden?
- Sind öffentliche Gebäude, Spielplätze und Wege barrierefrei?
- Wie gut gelingt die Teilhabe von Menschen mit Behinderung an Bildung und Arbeit?

Als Kennzahl ist derzeit der Anteil der Einwohnerinnen und Einwohner mit ausländischer Staatsangehörigkeit hinterlegt. Er ist als Kontextindikator eingestuft und wird nicht bewertet: Ein hoher Anteil beschreibt Vielfalt und einen möglichen Bedarf an Angeboten, aber keine Belastung. Für ein vollständiges Bild sollten auch Kennzahlen anderer Handlungsfelder, etwa der Sprachförderbedarf bei der Einschulung, unter dem Blickwinkel von Inklusion und Integration gelesen werden.
""",
}

# --------------------------------------------------------------------------
# Indikatorenkatalog
# --------------------------------------------------------------------------

SRC_EMA = "Einwohnermeldeamt Saarlouis"
SRC_BA = "Bundesagentur für Arbeit"
SRC_JC = "Jobcenter Saarlouis"
SRC_JA = "Jugendamt Landkreis Saarlouis"
SRC_GA = "Gesundheitsamt (Schuleingangsuntersuchung)"
SRC_SA = "Sozialamt Saarlouis"
SRC_GR = "Grünflächenamt Saarlouis"
SRC_WG = "Sozialamt Saarlouis (Wohngeldstelle)"

DEN_POP = "Einwohner insgesamt"
DEN_15_64 = "Einwohner 15 bis unter 65 Jahre"

# key, name, unit, polarity, actionField, source, numerator, denominator, definition
INDICATORS = [
    ("population", "Einwohner insgesamt", "count", "context", "", SRC_EMA, "", "",
     "Zahl der Einwohnerinnen und Einwohner mit Hauptwohnsitz im Sozialraum am 31.12. des Jahres."),
    ("population_under_18", "Einwohner unter 18 Jahren", "count", "context", "", SRC_EMA, "", "",
     "Zahl der Einwohnerinnen und Einwohner **unter 18 Jahren** mit Hauptwohnsitz im Sozialraum am 31.12."),
    ("population_65_plus", "Einwohner ab 65 Jahren", "count", "context", "", SRC_EMA, "", "",
     "Zahl der Einwohnerinnen und Einwohner **ab 65 Jahren** mit Hauptwohnsitz im Sozialraum am 31.12."),
    ("population_15_64", "Einwohner 15 bis unter 65 Jahre", "count", "context", "", SRC_EMA, "", "",
     "Zahl der Einwohnerinnen und Einwohner im erwerbsfähigen Alter von **15 bis unter 65 Jahren** am 31.12."),
    ("share_under_18", "Anteil unter 18-Jährige", "%", "context", "", SRC_EMA,
     "Einwohner unter 18 Jahren", DEN_POP,
     "Anteil der Minderjährigen an allen Einwohnern. Beschreibt die Altersstruktur und wird nicht bewertet."),
    ("share_65_plus", "Anteil ab 65-Jährige", "%", "context", "", SRC_EMA,
     "Einwohner ab 65 Jahren", DEN_POP,
     "Anteil der Einwohner ab 65 Jahren an allen Einwohnern. Beschreibt die Altersstruktur und wird nicht bewertet."),
    ("net_migration", "Wanderungssaldo", "per 100", "context", "", SRC_EMA,
     "Zuzüge abzüglich Fortzüge über die Sozialraumgrenze", DEN_POP,
     "Zuzüge minus Fortzüge je 100 Einwohner; negative Werte bedeuten mehr Fort- als Zuzüge."),
    ("migration_volume", "Wanderungsvolumen", "per 100", "context", "", SRC_EMA,
     "Zuzüge und Fortzüge über die Sozialraumgrenze", DEN_POP,
     "Summe der Zu- und Fortzüge je 100 Einwohner. Ein hoher Wert zeigt eine **hohe Fluktuation** der Bewohnerschaft."),
    ("unemployment_share", "Arbeitslosenanteil", "%", "higher_is_worse", "labour", SRC_BA,
     "Arbeitslose (SGB II und III)", DEN_15_64,
     "Arbeitslose nach SGB II und SGB III je 100 Einwohner von 15 bis unter 65 Jahren (Stichtag 31.12.). "
     "Keine amtliche Arbeitslosenquote, da sich der Wert auf die Bevölkerung bezieht."),
    ("long_term_unemployment_share", "Anteil Langzeitarbeitslose", "%", "higher_is_worse", "labour", SRC_BA,
     "Langzeitarbeitslose (ein Jahr und länger arbeitslos)", DEN_15_64,
     "Langzeitarbeitslose je 100 Einwohner von 15 bis unter 65 Jahren. Zeigt, ob sich Arbeitslosigkeit **verfestigt**."),
    ("youth_unemployment_share", "Jugendarbeitslosenanteil", "%", "higher_is_worse", "labour", SRC_BA,
     "Arbeitslose 15 bis unter 25 Jahre", "Einwohner 15 bis unter 25 Jahre",
     "Arbeitslose junge Menschen je 100 Einwohner von 15 bis unter 25 Jahren."),
    ("sgb2_share", "SGB-II-Quote", "%", "higher_is_worse", "labour", SRC_JC,
     "Personen in SGB-II-Bedarfsgemeinschaften", "Einwohner unter 67 Jahren",
     "Anteil der Personen in Bedarfsgemeinschaften nach dem SGB II (Bürgergeld, bis 2022 Arbeitslosengeld II "
     "und Sozialgeld) an den Einwohnern unter 67 Jahren."),
    ("child_poverty", "Kinderarmut (SGB-II-Quote unter 15 Jahren)", "%", "higher_is_worse", "labour", SRC_JC,
     "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften", "Einwohner unter 15 Jahren",
     "Anteil der Kinder unter 15 Jahren, die in einer SGB-II-Bedarfsgemeinschaft leben; "
     "gebräuchlicher Näherungswert für **Kinderarmut**."),
    ("old_age_poverty", "Altersarmut (Grundsicherung im Alter)", "%", "higher_is_worse", "labour", SRC_SA,
     "Empfänger von Grundsicherung im Alter (SGB XII, 4. Kapitel) ab 65 Jahren", "Einwohner ab 65 Jahren",
     "Anteil der Einwohner ab 65 Jahren, die Grundsicherung im Alter nach dem 4. Kapitel SGB XII erhalten."),
    ("employment_rate", "Beschäftigungsquote", "%", "higher_is_better", "labour", SRC_BA,
     "Sozialversicherungspflichtig Beschäftigte am Wohnort", DEN_15_64,
     "Sozialversicherungspflichtig Beschäftigte mit Wohnort im Sozialraum je 100 Einwohner von 15 bis unter 65 Jahren (Stichtag 30.06.)."),
    ("childcare_rate_under_3", "Betreuungsquote unter 3 Jahren", "%", "higher_is_better", "education", SRC_JA,
     "Kinder unter 3 Jahren in Kindertagesbetreuung", "Einwohner unter 3 Jahren",
     "Anteil der Kinder unter 3 Jahren, die eine Kita oder Kindertagespflege besuchen (Stichtag 01.03. des Folgejahres)."),
    ("childcare_rate_3_to_6", "Betreuungsquote 3 bis unter 6 Jahren", "%", "higher_is_better", "education", SRC_JA,
     "Kinder von 3 bis unter 6 Jahren in Kindertagesbetreuung", "Einwohner 3 bis unter 6 Jahre",
     "Anteil der Kinder von 3 bis unter 6 Jahren, die eine Kita oder Kindertagespflege besuchen."),
    ("language_support_need", "Sprachförderbedarf bei der Einschulung", "%", "higher_is_worse", "education", SRC_GA,
     "Kinder mit Sprachförderbedarf", "Untersuchte Kinder bei der Einschulung",
     "Anteil der Kinder, bei denen die Schuleingangsuntersuchung einen **Sprachförderbedarf** feststellt; "
     "zugeordnet nach Wohnort des Kindes."),
    ("educational_assistance", "Hilfen zur Erziehung", "per 1000", "higher_is_worse", "education", SRC_JA,
     "Laufende Hilfen zur Erziehung (§§ 27–35 SGB VIII)", "Einwohner 0 bis unter 21 Jahre",
     "Laufende Hilfen zur Erziehung nach §§ 27–35 SGB VIII am 31.12. je 1.000 Einwohner unter 21 Jahren."),
    ("foreign_nationals_share", "Anteil Ausländerinnen und Ausländer", "%", "context", "inclusion", SRC_EMA,
     "Einwohner ohne deutsche Staatsangehörigkeit", DEN_POP,
     "Anteil der Einwohner ohne deutsche Staatsangehörigkeit. Beschreibt Vielfalt und möglichen Angebotsbedarf, "
     "wird aber **nicht** als Belastung gewertet."),
    ("single_parent_share", "Anteil Alleinerziehendenhaushalte", "%", "higher_is_worse", "participation", SRC_EMA,
     "Alleinerziehendenhaushalte", "Haushalte mit Kindern unter 18 Jahren",
     "Anteil der Haushalte mit nur einem Elternteil an allen Haushalten mit minderjährigen Kindern "
     "(Haushaltegenerierung aus dem Melderegister)."),
    ("playground_area_per_inhabitant", "Spielfläche je Einwohner", "m²/inh.", "higher_is_better", "housing", SRC_GR,
     "Öffentliche Spielfläche in m²", DEN_POP,
     "Fläche öffentlicher Spielplätze und Bolzplätze in m² je Einwohner."),
    ("green_space_per_inhabitant", "Grünfläche je Einwohner", "m²/inh.", "higher_is_better", "housing", SRC_GR,
     "Öffentlich zugängliche Grünfläche in m²", DEN_POP,
     "Öffentlich zugängliche Park-, Grün- und Auenflächen in m² je Einwohner; Friedhöfe und Kleingärten zählen nicht mit."),
    ("housing_benefit_share", "Wohngeldquote", "%", "higher_is_worse", "housing", SRC_WG,
     "Haushalte mit Wohngeld", "Haushalte insgesamt",
     "Anteil der Haushalte, die am 31.12. Wohngeld (Mietzuschuss oder Lastenzuschuss) erhalten."),
]

SCALE = {"count": 1, "%": 100, "per 100": 100, "per 1000": 1000, "m²/inh.": 1}
AREA_INDICATORS = {"playground_area_per_inhabitant", "green_space_per_inhabitant"}
STATUS_INDEX = {"unemployment_share", "long_term_unemployment_share", "sgb2_share", "child_poverty"}

# --------------------------------------------------------------------------
# Städtische Zeitverläufe (Faktor relativ zu 2024)
# --------------------------------------------------------------------------


def _series(*values: float) -> dict[int, float]:
    assert len(values) == len(YEARS)
    return dict(zip(YEARS, values))


#                        2014  2015  2016  2017  2018  2019  2020  2021  2022  2023  2024
CITY_TREND = {
    "sgb2_share":        _series(1.10, 1.12, 1.18, 1.17, 1.09, 1.00, 1.06, 1.04, 1.03, 1.02, 1.00),
    "child_poverty":     _series(1.06, 1.09, 1.17, 1.18, 1.10, 1.01, 1.06, 1.05, 1.05, 1.03, 1.00),
    "unemployment_share": _series(1.17, 1.13, 1.09, 1.03, 0.96, 0.92, 1.09, 1.04, 0.97, 0.99, 1.00),
    "long_term_unemployment_share":
                         _series(1.28, 1.24, 1.17, 1.09, 1.00, 0.91, 0.97, 1.13, 1.05, 1.00, 1.00),
    "youth_unemployment_share":
                         _series(1.22, 1.15, 1.08, 1.01, 0.94, 0.90, 1.12, 1.02, 0.95, 0.98, 1.00),
    "old_age_poverty":   _series(0.76, 0.78, 0.81, 0.83, 0.86, 0.88, 0.90, 0.92, 0.95, 0.98, 1.00),
    "employment_rate":   _series(0.90, 0.91, 0.93, 0.95, 0.97, 0.98, 0.97, 0.98, 0.99, 1.00, 1.00),
    "childcare_rate_under_3":
                         _series(0.72, 0.75, 0.77, 0.80, 0.84, 0.87, 0.86, 0.89, 0.93, 0.97, 1.00),
    "childcare_rate_3_to_6":
                         _series(0.98, 0.98, 0.97, 0.97, 0.98, 0.99, 0.98, 0.99, 0.99, 1.00, 1.00),
    "language_support_need":
                         _series(0.78, 0.80, 0.86, 0.92, 0.90, 0.88, 0.91, 0.94, 0.96, 1.00, 1.00),
    "educational_assistance":
                         _series(0.86, 0.88, 0.91, 0.93, 0.94, 0.95, 0.94, 0.96, 0.98, 0.99, 1.00),
    "foreign_nationals_share":
                         _series(0.63, 0.73, 0.79, 0.81, 0.83, 0.85, 0.86, 0.87, 0.95, 0.98, 1.00),
    "single_parent_share": _series(0.94, 0.95, 0.95, 0.96, 0.97, 0.97, 0.98, 0.99, 0.99, 1.00, 1.00),
    "housing_benefit_share":
                         _series(0.54, 0.50, 0.62, 0.58, 0.54, 0.50, 0.61, 0.58, 0.55, 0.94, 1.00),
}

# Indikatoren, deren Verlauf vom Belastungstrend des Sozialraums abhängt
BURDEN_TREND = {
    "sgb2_share", "child_poverty", "unemployment_share", "long_term_unemployment_share",
    "youth_unemployment_share", "old_age_poverty", "language_support_need",
    "educational_assistance", "single_parent_share", "housing_benefit_share",
}

# Zuwanderungswellen 2015/16 und 2022 (Anteil zusätzlicher Einwohner, Stadt gesamt)
WAVE_2015 = {2013: 0.0, 2014: 0.0, 2015: 0.009, 2016: 0.014, 2017: 0.012}
WAVE_2022 = {2022: 0.012, 2023: 0.017, 2024: 0.021}
BASE_DECLINE = 0.0035  # langfristiger Rückgang je Jahr


def wave(year: int) -> float:
    w15 = WAVE_2015.get(year, 0.010)
    w22 = WAVE_2022.get(year, 0.0)
    return w15 + w22


# --------------------------------------------------------------------------
# Hilfsfunktionen
# --------------------------------------------------------------------------

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slugify(name: str) -> str:
    s = name.translate(_TRANSLIT).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def csv_field(value: object) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in ';"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    lines = [CSV_COMMENT, ";".join(header)]
    lines += [";".join(csv_field(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def format_rate(numerator: int, denominator: int, scale: int) -> str:
    """numerator / denominator * scale mit Dezimalkomma und genau 2 Nachkommastellen,
    kaufmännisch gerundet (half away from zero), exakt in Ganzzahlarithmetik."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    x = abs(numerator) * scale * 100
    q = (2 * x + denominator) // (2 * denominator)
    sign = "-" if numerator < 0 and q != 0 else ""
    return f"{sign}{q // 100},{q % 100:02d}"


def clamp(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


# --------------------------------------------------------------------------
# Geometrie: verzerrtes Raster mit gemeinsamen Eckpunkten
# --------------------------------------------------------------------------


def build_geometry(rng: random.Random) -> dict[tuple[int, int], list[list[float]]]:
    """Liefert je Zelle (Zeile ab Norden, Spalte ab Westen) einen geschlossenen,
    gegen den Uhrzeigersinn laufenden Ring. Nachbarzellen teilen sich exakt
    dieselben Eck- und Kantenmittelpunkte, daher kachelt das Ergebnis lückenlos."""
    dx = (LON_MAX - LON_MIN) / NCOL
    dy = (LAT_MAX - LAT_MIN) / NROW

    # Eckpunkte (i = Spalte 0..NCOL, j = Zeile 0..NROW, j = 0 im Süden)
    vert: dict[tuple[int, int], tuple[float, float]] = {}
    for j in range(NROW + 1):
        for i in range(NCOL + 1):
            ux, uy = rng.uniform(-1, 1), rng.uniform(-1, 1)
            x, y = LON_MIN + i * dx, LAT_MIN + j * dy
            inner_x, inner_y = 0 < i < NCOL, 0 < j < NROW
            if inner_x and inner_y:
                x += 0.22 * ux * dx
                y += 0.22 * uy * dy
            elif inner_x:  # Nord- oder Südrand: entlang schieben, leicht ausbeulen
                x += 0.20 * ux * dx
                y += 0.12 * uy * dy
            elif inner_y:  # West- oder Ostrand
                x += 0.12 * ux * dx
                y += 0.20 * uy * dy
            else:  # Ecken
                x += 0.10 * ux * dx
                y += 0.10 * uy * dy
            vert[(i, j)] = (x, y)

    def midpoint(a: tuple[float, float], b: tuple[float, float], u: float) -> tuple[float, float]:
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        ex, ey = b[0] - a[0], b[1] - a[1]
        # Normale im metrischen Sinn (Längengrade bei 49,3° N um cos(lat) gestaucht)
        k = math.cos(math.radians(49.315))
        nx, ny = -ey / k, ex * k
        length = math.hypot(ex * k, ey)
        norm = math.hypot(nx * k, ny)
        return mx + u * length * nx / norm, my + u * length * ny / norm

    mids: dict[tuple[str, int, int], tuple[float, float]] = {}
    for j in range(NROW + 1):
        for i in range(NCOL):
            mids[("h", i, j)] = midpoint(vert[(i, j)], vert[(i + 1, j)], rng.uniform(-0.13, 0.13))
    for j in range(NROW):
        for i in range(NCOL + 1):
            mids[("v", i, j)] = midpoint(vert[(i, j)], vert[(i, j + 1)], rng.uniform(-0.13, 0.13))

    def r6(p: tuple[float, float]) -> list[float]:
        return [round(p[0], 6), round(p[1], 6)]

    vert6 = {k: r6(v) for k, v in vert.items()}
    mids6 = {k: r6(v) for k, v in mids.items()}

    cells = {}
    for row in range(NROW):
        j = NROW - 1 - row
        for i in range(NCOL):
            ring = [
                vert6[(i, j)], mids6[("h", i, j)],
                vert6[(i + 1, j)], mids6[("v", i + 1, j)],
                vert6[(i + 1, j + 1)], mids6[("h", i, j + 1)],
                vert6[(i, j + 1)], mids6[("v", i, j)],
                vert6[(i, j)],
            ]
            cells[(row, i)] = [list(p) for p in ring]
    return cells


# --------------------------------------------------------------------------
# Zahlen
# --------------------------------------------------------------------------


def generate_space_data(rng: random.Random, space: tuple) -> dict:
    """Erzeugt für einen Sozialraum alle Zeitreihen.
    Rückgabe: {indicator: {year: (value_or_None, numerator, denominator)}}"""
    name, district, _row, _col, pop24, sgb24, trend, drift = space
    s = sgb24
    b = clamp((s - 4.0) / 18.0, 0.0, 1.0)  # Belastung 0..1
    inner = district == "innenstadt"

    def jit(sd: float = 0.06) -> float:
        return math.exp(rng.gauss(0.0, sd))

    # ---- Bevölkerung ----------------------------------------------------
    wave_weight = 0.45 + s / 12.0
    decline = BASE_DECLINE + drift

    def index(year: int) -> float:
        return (1 - decline * (year - LAST_YEAR)) * (1 + wave_weight * wave(year)) / (1 + wave_weight * wave(LAST_YEAR))

    pop: dict[int, int] = {}
    for y in [YEARS[0] - 1] + YEARS:
        if y == LAST_YEAR:
            pop[y] = pop24
        else:
            pop[y] = round(pop24 * index(y) * (1 + rng.gauss(0.0, 0.0025)))

    # Altersstruktur-Anteile 2024 (Anteile an der Bevölkerung)
    s65_24 = (27.0 - 0.45 * s - (2.0 if inner else 0.0) + (2.5 if district == "steinrausch" else 0.0)) / 100 * jit(0.05)
    su15_24 = (11.2 + 0.22 * s - (1.8 if inner else 0.0)) / 100 * jit(0.05)
    s15_17 = 0.029 * jit(0.05)
    s18_20 = 0.030 * jit(0.05)
    s18_24 = (0.090 if inner else 0.072) * jit(0.05)
    s65_66 = 0.023 * jit(0.05)
    su3 = (0.024 + 0.0007 * s) * jit(0.06)
    s3_6 = (0.025 + 0.0007 * s) * jit(0.06)
    hh_size = (1.72 if inner else 2.05 + (0.2 if district in ("picard", "neuforweiler", "beaumarais") else 0.0)) * jit(0.03)
    out_rate = (0.075 + (0.025 if inner else 0.0) + 0.0012 * s) * jit(0.08)
    deficit_rate = 0.0035 + 0.02 * (s65_24 - 0.22)

    counts: dict[int, dict[str, int]] = {}
    for y in YEARS:
        p = pop[y]
        dt = y - LAST_YEAR
        c: dict[str, int] = {"pop": p}
        c["p65"] = round(p * s65_24 * (1 + 0.007 * dt) * jit(0.01))
        c["pu15"] = round(p * su15_24 * (1 + 0.002 * dt) * jit(0.015))
        c["p15_64"] = p - c["p65"] - c["pu15"]
        c["pu18"] = c["pu15"] + round(p * s15_17 * jit(0.03))
        c["p0_21"] = c["pu18"] + round(p * s18_20 * jit(0.03))
        c["p15_25"] = round(p * s15_17 * jit(0.03)) + round(p * s18_24 * jit(0.02))
        c["pu67"] = p - c["p65"] + round(p * s65_66 * jit(0.03))
        c["pu3"] = max(1, round(p * su3 * jit(0.04)))
        c["p3_6"] = max(1, round(p * s3_6 * jit(0.04)))
        c["exam"] = max(1, round(p * s3_6 / 3 * 0.97 * jit(0.08)))
        c["hh"] = round(p / (hh_size * (1 + 0.003 * dt)))
        c["hh_kids"] = max(1, round(c["pu18"] / 1.68 * jit(0.03)))
        counts[y] = c

    out: dict[str, dict[int, tuple]] = {}

    def count_series(key: str, ckey: str) -> None:
        out[key] = {y: (counts[y][ckey], None, None) for y in YEARS}

    count_series("population", "pop")
    count_series("population_under_18", "pu18")
    count_series("population_65_plus", "p65")
    count_series("population_15_64", "p15_64")

    def ratio_series(key: str, nkey: str, dkey: str) -> None:
        out[key] = {y: (None, counts[y][nkey], counts[y][dkey]) for y in YEARS}

    ratio_series("share_under_18", "pu18", "pop")
    ratio_series("share_65_plus", "p65", "pop")

    # ---- Wanderungen ----------------------------------------------------
    net_m, vol_m = {}, {}
    for y in YEARS:
        p_prev, p = pop[y - 1], pop[y]
        deficit = round(p_prev * deficit_rate + rng.gauss(0.0, 1.0 + 0.002 * p_prev))
        net = p - p_prev + deficit
        outm = round(p_prev * out_rate * jit(0.07))
        outm = max(outm, -net + round(0.01 * p_prev))
        inm = outm + net
        net_m[y] = (None, net, p)
        vol_m[y] = (None, inm + outm, p)
    out["net_migration"] = net_m
    out["migration_volume"] = vol_m

    # ---- Raten aus Basiswert 2024, städtischem Verlauf und Trend ---------
    base = {
        "unemployment_share": (1.2 + 0.50 * s) * jit(),
        "youth_unemployment_share": (1.6 + 0.42 * s) * jit(0.08),
        "sgb2_share": s,
        "child_poverty": s * (1.50 + 0.30 * b) * jit(0.05),
        "old_age_poverty": (1.6 + 0.26 * s) * jit(0.08),
        "employment_rate": (70.5 - 0.85 * s) * jit(0.03),
        "childcare_rate_under_3": (40.0 - 0.60 * s) * jit(0.06),
        "childcare_rate_3_to_6": (97.0 - 0.30 * s) * jit(0.015),
        "language_support_need": (9.0 + 1.55 * s) * jit(0.08),
        "educational_assistance": (13.0 + 1.9 * s) * jit(0.08),
        "foreign_nationals_share": (5.5 + 1.05 * s + (4.0 if inner else 0.0)) * jit(0.08),
        "single_parent_share": (14.0 + 0.9 * s + (2.0 if inner else 0.0)) * jit(0.06),
        "housing_benefit_share": (1.0 + 0.20 * s) * jit(0.10),
    }
    base["long_term_unemployment_share"] = base["unemployment_share"] * (0.34 + 0.10 * b) * jit(0.06)

    denominators = {
        "unemployment_share": "p15_64",
        "long_term_unemployment_share": "p15_64",
        "youth_unemployment_share": "p15_25",
        "sgb2_share": "pu67",
        "child_poverty": "pu15",
        "old_age_poverty": "p65",
        "employment_rate": "p15_64",
        "childcare_rate_under_3": "pu3",
        "childcare_rate_3_to_6": "p3_6",
        "language_support_need": "exam",
        "educational_assistance": "p0_21",
        "foreign_nationals_share": "pop",
        "single_parent_share": "hh_kids",
        "housing_benefit_share": "hh",
    }
    per_1000 = {"educational_assistance"}

    for key, dkey in denominators.items():
        series = {}
        for y in YEARS:
            dt = y - LAST_YEAR
            rate = base[key] * CITY_TREND[key][y]
            if key in BURDEN_TREND:
                rate *= 1 + trend * dt
            elif key == "employment_rate":
                rate *= 1 - 0.25 * trend * dt
            elif key == "foreign_nationals_share":
                rate *= 1 + 0.5 * trend * dt
            if y != LAST_YEAR or key != "sgb2_share":
                rate *= jit(0.025)
            den = counts[y][dkey]
            mu = rate / (1000 if key in per_1000 else 100) * den
            num = round(rng.gauss(mu, 0.5 * math.sqrt(mu))) if mu > 0 else 0
            num = int(clamp(num, 0, den))
            series[y] = (None, num, den)
        out[key] = series

    # ---- Flächen ---------------------------------------------------------
    def area_series(key: str, per_inh: float, step_prob: float, step_range: tuple[float, float]) -> None:
        m2 = per_inh * pop24 * jit(0.15)
        step_year = rng.choice(YEARS[1:]) if rng.random() < step_prob else None
        step = rng.uniform(*step_range)
        series = {}
        for y in YEARS:
            area = m2 * (1 + step) if step_year is not None and y >= step_year else m2
            series[y] = (None, int(round(area, -1)), counts[y]["pop"])
        out[key] = series

    if name == "Lisdorfer Au":
        # Auenlandschaft: viel Grün, erster Spielplatz erst 2021
        green = round(255.0 * pop24, -2)
        out["green_space_per_inhabitant"] = {y: (None, int(green), counts[y]["pop"]) for y in YEARS}
        out["playground_area_per_inhabitant"] = {
            y: (None, 140 if y >= 2021 else 0, counts[y]["pop"]) for y in YEARS}
    else:
        area_series("green_space_per_inhabitant", GREEN_PER_INH[district], 0.30, (-0.06, 0.12))
        area_series("playground_area_per_inhabitant", PLAY_PER_INH[district], 0.45, (0.10, 0.35))

    return out


# --------------------------------------------------------------------------
# Ausgabe
# --------------------------------------------------------------------------


def geojson_text(collection: dict) -> str:
    text = json.dumps(collection, ensure_ascii=False, indent=2)
    # Koordinatenpaare auf eine Zeile ziehen: [\n  6.7,\n  49.3\n] -> [6.7, 49.3]
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    return text + "\n"


def main() -> None:
    rng = random.Random(SEED)
    cells = build_geometry(rng)

    keys = [slugify(sp[0]) for sp in SPACES]
    assert len(set(keys)) == len(keys), "keys must be unique"

    data = {slugify(sp[0]): generate_space_data(rng, sp) for sp in SPACES}

    # ---- GeoJSON ----
    features = []
    for sp in SPACES:
        name, district, row, col, pop24 = sp[:5]
        key = slugify(name)
        assert data[key]["population"][LAST_YEAR][0] == pop24
        features.append({
            "type": "Feature",
            "properties": {
                "key": key,
                "name": name,
                "districtKey": district,
                "districtName": DISTRICT_NAMES[district],
                "population": pop24,
                "socialCityArea": district in SOCIAL_CITY_DISTRICTS,
            },
            "geometry": {"type": "Polygon", "coordinates": [cells[(row, col)]]},
        })
    collection = {
        "type": "FeatureCollection",
        "name": "Sozialräume der Kreisstadt Saarlouis (Demo)",
        "description": "Synthetische Demodaten: Zuschnitte und Zahlen sind erfunden und dienen nur der "
                       "Demonstration von SozialHub.",
        "license": "CC0-1.0",
        "features": features,
    }
    (SEED_DIR / "social-spaces.geojson").write_text(geojson_text(collection), encoding="utf-8", newline="\n")

    # ---- Handlungsfelder ----
    write_csv(SEED_DIR / "action-fields.csv", ["key", "name", "sortOrder"],
              [[k, n, o] for k, n, o in ACTION_FIELDS])
    md_dir = SEED_DIR / "action-fields"
    md_dir.mkdir(exist_ok=True)
    for key, _name, _order in ACTION_FIELDS:
        text = ACTION_FIELD_TEXTS[key].rstrip("\n") + "\n\n" + DEMO_NOTE + "\n"
        (md_dir / f"{key}.md").write_text(text, encoding="utf-8", newline="\n")

    # ---- Indikatorenkatalog ----
    header = ["key", "name", "unit", "polarity", "actionField", "source", "numerator", "denominator",
              "scale", "suppressionThreshold", "statusIndex", "definition"]
    rows = []
    for key, name, unit, polarity, field, source, num, den, definition in INDICATORS:
        rows.append([key, name, unit, polarity, field, source, num, den, SCALE[unit],
                     0 if key in AREA_INDICATORS else 3,
                     "true" if key in STATUS_INDEX else "false", definition])
    write_csv(SEED_DIR / "indicators.csv", header, rows)

    # ---- Werte ----
    rows = []
    for sp in SPACES:
        key = slugify(sp[0])
        for ind in INDICATORS:
            ikey, unit = ind[0], ind[2]
            for y in YEARS:
                value, num, den = data[key][ikey][y]
                if unit == "count":
                    rows.append([key, ikey, y, value, "", ""])
                else:
                    rows.append([key, ikey, y, format_rate(num, den, SCALE[unit]), num, den])
    write_csv(SEED_DIR / "indicator-values.csv",
              ["socialSpace", "indicator", "year", "value", "numerator", "denominator"], rows)

    # ---- Verzeichnis (eigener Zufallsgenerator: die Dateien oben bleiben unverändert) ----
    directory.generate(SEED_DIR / "directory",
                       [(slugify(sp[0]), sp[1], cells[(sp[2], sp[3])]) for sp in SPACES], write_csv, slugify)


if __name__ == "__main__":
    main()
