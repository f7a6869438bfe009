using System.Globalization;
using SozialHub.Api.Analytics;
using SozialHub.Api.Indicators;
using static SozialHub.Api.Reports.ReportNumbers;

namespace SozialHub.Api.Reports;

/// <summary>The tables of the report's blocks, from the public comparisons, aggregates and the social index.</summary>
public static class ReportTables
{
    /// <summary>Spaces a table covers (the whole city, a Stadtteil or the Soziale-Stadt areas) and the name of their total.</summary>
    public sealed record Area(string Name, IReadOnlyList<ReportBlocks.ReportPlace> Places, IReadOnlyList<SpaceInfo> Spaces);

    /// <summary><c>table</c>: value, deviation from the city and rank per space; <c>map</c>: the value per space, which the map colours.</summary>
    public static ReportTable Values(bool map, IndicatorSeries series, IReadOnlyList<Comparison> comparisons, Area area, int year, string id)
    {
        var indicator = series.Indicator;
        var bySpace = comparisons.ToDictionary(c => c.SpaceId);
        var cityValue = comparisons.FirstOrDefault()?.CityValue;
        var rows = area.Places.Select(place =>
        {
            var c = bySpace[place.Id];
            List<ReportCell> cells = [new(place.DistrictName), Cell(c.Value, indicator, c.Withheld)];
            if (!map)
            {
                cells.Add(Cell(c.Deviation, indicator, c.Withheld, signed: true));
                cells.Add(c.Rank is { } rank ? new ReportCell($"{rank} von {c.RankCount}", rank) : new ReportCell(c.Withheld ? Suppressed : Missing));
            }

            return new ReportRow(place.Name + (c.SmallPopulation ? " *" : ""), cells);
        }).ToList();
        if (area.Spaces.Count < bySpace.Count)
        {
            rows.Add(Total(area.Name, series.AggregateOf(area.Spaces, year)?.Value, cityValue, indicator, map));
        }

        rows.Add(Total("Stadt gesamt", cityValue, cityValue, indicator, map));
        List<ReportColumn> columns = [new("Stadtteil", false), new($"Wert ({indicator.Unit.Label()})", true)];
        if (!map)
        {
            columns.AddRange([new("Abweichung vom Stadtwert", true), new("Rang (1 = am stärksten belastet)", true)]);
        }

        var mapValues = map
            ? area.Places.Select(p => bySpace[p.Id]).Select(c => new ReportMapValue(
                area.Places.Single(p => p.Id == c.SpaceId).Key, c.Withheld ? null : c.Value, null, Number(c.Value, indicator, c.Withheld))).ToList()
            : [];
        var caption = $"{indicator.Name} {year}" + (area.Spaces.Count < bySpace.Count ? $": {area.Name}" : " je Sozialraum");
        return new ReportTable(id, map ? ReportBlockKind.Map : ReportBlockKind.Table, caption, indicator.Unit.Label(), columns, rows,
            Notes(indicator, year, comparisons.Where(c => area.Places.Any(p => p.Id == c.SpaceId)).ToList()), mapValues);
    }

    /// <summary><c>chart</c>: the city value (and a space's) per year; the chart draws the table.</summary>
    public static ReportTable Chart(IndicatorSeries series, CityData city, IReadOnlyList<int> years, (string Name, Func<int, Comparison> Of)? space, string id)
    {
        var indicator = series.Indicator;
        List<ReportColumn> columns = [new("Stadt gesamt", true)];
        if (space is { } s)
        {
            columns.Add(new(s.Name, true));
        }

        var rows = years.Select(year =>
        {
            List<ReportCell> cells = [Cell(series.AggregateOf(city.Spaces, year)?.Value, indicator)];
            if (space is { } s)
            {
                var c = s.Of(year);
                cells.Add(Cell(c.Value, indicator, c.Withheld));
            }

            return new ReportRow(year.ToString(CultureInfo.InvariantCulture), cells);
        }).ToList();
        var caption = $"{indicator.Name} {years[0]}–{years[^1]}" + (space is { } named ? $": {named.Name} und Stadt" : ": Stadt gesamt");
        return new ReportTable(id, ReportBlockKind.Chart, caption, indicator.Unit.Label(), columns, rows,
            [$"Quelle: {Source(indicator)}; Stand jeweils 31.12."], []);
    }

    /// <summary><c>socialindex</c>: classes per space, Soziale-Stadt areas first; the map colours the status class.</summary>
    public static ReportTable SocialIndex(Analytics.SocialIndex index, IReadOnlyList<ReportBlocks.ReportPlace> places, string id)
    {
        var entries = index.Entries.ToDictionary(e => e.SpaceId);
        var ordered = places.OrderByDescending(p => p.SocialCity).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var rows = ordered.Select(p =>
        {
            var e = entries.GetValueOrDefault(p.Id);
            return new ReportRow(p.Name, [
                new(p.DistrictName), new(p.SocialCity ? "ja" : "nein"),
                e?.StatusClass is { } status ? new ReportCell($"{status} {StatusName(status)}", status) : new ReportCell(Missing),
                new(DynamicsName(e?.DynamicsClass)),
                new(e?.CombinedClass ?? "nicht im Index"),
            ]);
        }).ToList();
        var mapValues = ordered.Select(p => entries.GetValueOrDefault(p.Id) is { StatusClass: { } status } e
            ? new ReportMapValue(p.Key, status, status, $"Status {StatusName(status)}, Dynamik {DynamicsName(e.DynamicsClass)} ({e.CombinedClass})")
            : new ReportMapValue(p.Key, null, null, "nicht im Index")).ToList();
        List<ReportColumn> columns = [new("Stadtteil", false), new("Soziale Stadt", false), new("Statusklasse", true), new("Dynamik", false), new("Gesamtklasse", false)];
        return new ReportTable(id, ReportBlockKind.SocialIndex, $"Sozialindex {index.Year}: Status, Dynamik und Gesamtklasse je Sozialraum", null,
            columns, rows,
            [
                "Statusklassen: 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig (4 = am stärksten belastet); Dynamik: + positiv, ± stabil, − negativ (Methoden §4).",
                "Nicht im Index: Sozialräume mit wenigen Einwohnern oder ohne alle Statuswerte.",
            ],
            mapValues);
    }

    public static string StatusName(int status) => status switch
    {
        1 => "hoch",
        2 => "mittel",
        3 => "niedrig",
        _ => "sehr niedrig",
    };

    private static string DynamicsName(DynamicsClass? dynamics) => dynamics switch
    {
        DynamicsClass.Positive => "positiv",
        DynamicsClass.Stable => "stabil",
        DynamicsClass.Negative => "negativ",
        _ => Missing,
    };

    private static ReportRow Total(string name, double? value, double? city, Indicator indicator, bool map) => new(name,
        map ? [new(""), Cell(value, indicator)] : [new(""), Cell(value, indicator), Cell(value - city, indicator, signed: true), new("")], Total: true);

    private static List<string> Notes(Indicator indicator, int year, IReadOnlyList<Comparison> shown)
    {
        List<string> notes = [$"Quelle: {Source(indicator)}; Stand 31.12.{year}."];
        if (shown.Any(c => c.Withheld))
        {
            notes.Add($"{Suppressed} aus Datenschutzgründen nicht ausgewiesen: eine Fallzahl unter {indicator.SuppressionThreshold} oder daraus rückrechenbar (Methoden §3).");
        }

        if (shown.Any(c => c.SmallPopulation))
        {
            notes.Add("* Sozialraum mit wenigen Einwohnern: die Werte schwanken stark.");
        }

        return notes;
    }

    private static string Source(Indicator indicator) => string.IsNullOrWhiteSpace(indicator.Source) ? "SozialHub" : indicator.Source;
}
