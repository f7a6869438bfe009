using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Analytics;
using SozialHub.Api.Database;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Reports;

/// <summary>
/// The numbers behind the report's placeholders, from the same computations as the portal (comparisons, aggregates,
/// social index) and always as the public sees them: small numbers suppressed (methods.md §3), since a report is published.
/// </summary>
public sealed class ReportBlocks(AnalyticsData data, ApiDbContext db)
{
    /// <summary>Areas a table or figure can be narrowed to besides a Stadtteil (its key).</summary>
    public const string SocialCityArea = "soziale-stadt";

    private List<ReportPlace>? _places;

    /// <summary>A social space of the report with its Stadtteil.</summary>
    public sealed record ReportPlace(int Id, string Key, string Name, string DistrictKey, string DistrictName, bool SocialCity);

    public async Task<ReportTable?> ResolveAsync(Placeholder placeholder, int reportYear, string id, List<ReportProblem> problems, CancellationToken ct)
    {
        if (placeholder.Name == "socialindex")
        {
            return placeholder.Year("year", reportYear, problems) is { } indexYear ? await SocialIndexAsync(placeholder, indexYear, id, problems, ct) : null;
        }

        var count = problems.Count;
        var series = await SeriesAsync(placeholder, problems, ct);
        var year = placeholder.Year("year", reportYear, problems);
        var places = await PlacesAsync(ct);
        if (series is null || year is not { } y || problems.Count > count)
        {
            return null;
        }

        if (placeholder.Name == "chart")
        {
            return Chart(placeholder, series, reportYear, id, places, problems);
        }

        if (series.In(y).Count == 0)
        {
            problems.Add(placeholder.Problem($"Für „{series.Indicator.Key}“ gibt es im Jahr {y} keine Werte."));
            return null;
        }

        var area = Area(placeholder, places, problems);
        return area is null ? null : ReportTables.Values(placeholder.Name == "map", series, Public(series, y), area, y, id);
    }

    /// <summary>A figure as the sentence shows it, e.g. „12,3 %“.</summary>
    public async Task<string?> FigureAsync(Placeholder placeholder, int reportYear, List<ReportProblem> problems, CancellationToken ct)
    {
        var count = problems.Count;
        var series = await SeriesAsync(placeholder, problems, ct);
        var year = placeholder.Year("year", reportYear, problems);
        var places = await PlacesAsync(ct);
        var area = placeholder["space"] is { } spaceKey
            ? places.Where(p => p.Key == spaceKey).ToList() is { Count: 1 } space ? new ReportTables.Area(space[0].Name, space, Infos(space)) : null
            : Area(placeholder, places, problems);
        if (placeholder["space"] is { } unknown && area is null)
        {
            problems.Add(placeholder.Problem($"Es gibt keinen Sozialraum „{unknown}“."));
        }

        if (series is null || year is not { } y || area is null || problems.Count > count)
        {
            return null;
        }

        if (placeholder["space"] is not null)
        {
            var comparison = Public(series, y).Single(c => c.SpaceId == area.Places[0].Id);
            return ReportNumbers.WithUnit(comparison.Value, series.Indicator, comparison.Withheld);
        }

        return ReportNumbers.WithUnit(series.AggregateOf(area.Spaces, y)?.Value, series.Indicator, false);
    }

    private async Task<IndicatorSeries?> SeriesAsync(Placeholder placeholder, List<ReportProblem> problems, CancellationToken ct)
    {
        var key = placeholder["indicator"]!;
        if ((await data.IndicatorsAsync(ct)).FirstOrDefault(i => i.Key == key) is not { } indicator)
        {
            problems.Add(placeholder.Problem($"Es gibt keinen Indikator „{key}“."));
            return null;
        }

        var series = (await data.SeriesAsync([indicator], ct))[0];
        await data.CityAsync(ct);
        return series;
    }

    private IReadOnlyList<Comparison> Public(IndicatorSeries series, int year) =>
        [.. data.ComparisonsOf(series, year).Select(c => c.ForPublic())];

    private ReportTable? Chart(Placeholder placeholder, IndicatorSeries series, int reportYear, string id, List<ReportPlace> places, List<ReportProblem> problems)
    {
        var to = placeholder.Year("to", reportYear, problems);
        var from = placeholder.Year("from", (to ?? reportYear) - 9, problems);
        var space = placeholder["space"] is { } key ? places.FirstOrDefault(p => p.Key == key) : null;
        if (placeholder["space"] is { } unknown && space is null)
        {
            problems.Add(placeholder.Problem($"Es gibt keinen Sozialraum „{unknown}“."));
        }

        if (from is not { } f || to is not { } t || (placeholder["space"] is not null && space is null))
        {
            return null;
        }

        if (f > t)
        {
            problems.Add(placeholder.Problem($"„from={f}“ liegt nach „to={t}“."));
            return null;
        }

        var years = Enumerable.Range(f, t - f + 1).Where(y => series.In(y).Count > 0).ToList();
        if (years.Count == 0)
        {
            problems.Add(placeholder.Problem($"Für „{series.Indicator.Key}“ gibt es von {f} bis {t} keine Werte."));
            return null;
        }

        return ReportTables.Chart(series, data.City, years, space is null ? null : (space.Name, y => Public(series, y).Single(c => c.SpaceId == space.Id)), id);
    }

    private async Task<ReportTable?> SocialIndexAsync(Placeholder placeholder, int year, string id, List<ReportProblem> problems, CancellationToken ct)
    {
        if (await data.SocialIndexAsync(year, ct) is not { } index)
        {
            problems.Add(placeholder.Problem($"Für {year} gibt es keinen Sozialindex (es fehlen Statuswerte)."));
            return null;
        }

        return ReportTables.SocialIndex(index.ForPublic(), await PlacesAsync(ct), id);
    }

    private ReportTables.Area? Area(Placeholder placeholder, List<ReportPlace> places, List<ReportProblem> problems)
    {
        var key = placeholder["area"];
        var members = key switch
        {
            null => places,
            SocialCityArea => [.. places.Where(p => p.SocialCity)],
            _ => places.Where(p => p.DistrictKey == key).ToList(),
        };
        if (members.Count == 0)
        {
            problems.Add(placeholder.Problem($"„area={key}“ ist weder ein Stadtteil noch „{SocialCityArea}“."));
            return null;
        }

        var name = key switch
        {
            null => "Stadt gesamt",
            SocialCityArea => "Soziale Stadt zusammen",
            _ => $"Stadtteil {members[0].DistrictName}",
        };
        return new ReportTables.Area(name, members, Infos(members));
    }

    private List<SpaceInfo> Infos(List<ReportPlace> places) => [.. data.City.Spaces.Where(s => places.Any(p => p.Id == s.Id))];

    private async Task<List<ReportPlace>> PlacesAsync(CancellationToken ct)
    {
        await data.CityAsync(ct);
        return _places ??= await db.SocialSpaces.AsNoTracking().OrderBy(s => s.District.Name).ThenBy(s => s.Name)
            .Select(s => new ReportPlace(s.Id, s.Key, s.Name, s.District.Key, s.District.Name, s.IsSocialCityArea)).ToListAsync(ct);
    }
}
