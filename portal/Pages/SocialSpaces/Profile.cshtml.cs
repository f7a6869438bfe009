using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Participation;

namespace SozialHub.Portal.Pages.SocialSpaces;

/// <summary>One Sozialraum: map, population and age structure, its indicators beside the city, time series, facilities and offerings.</summary>
public sealed class ProfileModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    /// <summary>The age groups of the demo catalogue (count indicator, share indicator); rows a catalogue lacks are left out.</summary>
    private static readonly (string Label, string Count, string? Share)[] AgeGroupIndicators =
    [
        ("unter 18 Jahre", "population_under_18", "share_under_18"),
        ("15 bis unter 65 Jahre", "population_15_64", null),
        ("65 Jahre und älter", "population_65_plus", "share_65_plus"),
    ];

    private const string PopulationIndicator = "population";

    private Dictionary<(string Indicator, int Year), ProfileValue> _values = [];

    public ProfileSpace Space { get; private set; } = null!;

    public int? Year { get; private set; }

    public MapData Map { get; private set; } = null!;

    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    /// <summary>Fewer inhabitants than the API's small-population limit: its values are unstable (methods.md §3).</summary>
    public bool SmallPopulation { get; private set; }

    /// <summary>A value in the table is withheld (small numbers): the table gets the footnote.</summary>
    public bool AnySuppressed => Indicators.Any(r => r.ShowsSuppressed);

    public IReadOnlyList<AgeGroupRow> AgeGroups { get; private set; } = [];

    /// <summary>Population by age groups and the projection (methods.md §5).</summary>
    public DemographyFigures Demography { get; private set; } = null!;

    public IReadOnlyList<TimeSeries> Series { get; private set; } = [];

    public IReadOnlyList<ProfileFacility> Facilities { get; private set; } = [];

    public IReadOnlyList<ProfileOffering> Offerings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        // Two operations: the demography beside the profile would pass the API's cost limit.
        var demographyTask = graphQL.QueryAsync(SocialSpaceDemographyData.Operation, new { key }, cancellationToken);
        var data = await graphQL.QueryAsync(SocialSpaceProfileData.Operation, new { key }, cancellationToken);
        var demography = await demographyTask;
        if (data.SocialSpace is not { } space)
        {
            return NotFound();
        }

        Space = space;
        Demography = DemographyFigures.Create("demografie", space.Name, demography.SocialSpace);
        _values = space.Values.ToDictionary(v => (v.Indicator.Key, v.Year));
        Year = space.Values.Count == 0 ? null : space.Values.Max(v => v.Year);
        Facilities = data.Facilities.Nodes;
        Offerings = data.Offerings.Nodes;
        Map = LocationMap(space, data.SocialSpaces.Nodes);

        var indicators = data.Indicators.Nodes;
        // Each comparison is of its indicator's latest year; the table shows those of the profile's year.
        var comparisons = space.Comparisons.Where(c => c.Year == Year).ToDictionary(c => c.Indicator.Key);
        SmallPopulation = space.Comparisons.Any(c => c.SmallPopulation);
        Indicators = [.. indicators
            .OrderBy(i => i.ActionField?.SortOrder ?? int.MinValue).ThenBy(i => i.Name, StringComparer.CurrentCulture)
            .Select(i => new IndicatorRow(i, ValueOf(i.Key), i.CityValues.FirstOrDefault(c => c.Year == Year)?.Value, comparisons.GetValueOrDefault(i.Key)))];
        var byKey = indicators.ToDictionary(i => i.Key);
        AgeGroups = [.. AgeGroupIndicators.Where(g => byKey.ContainsKey(g.Count))
            .Select(g => new AgeGroupRow(g.Label, ValueOf(g.Count)?.Value, g.Share is null ? null : ValueOf(g.Share)?.Value))];
        Series = [.. indicators.Where(i => i.Key == PopulationIndicator || i.InStatusIndex)
            .OrderBy(i => i.Key != PopulationIndicator)
            .Select(i => TimeSeries.Create($"verlauf-{i.Key}", i.Series, space.Name,
                space.Values.Where(v => v.Indicator.Key == i.Key && (v.Value is not null || v.Suppressed))
                    .ToDictionary(v => v.Year, v => (v.Value, v.Suppressed))))];
        return Page();
    }

    /// <summary>
    /// The space among the others with its facilities and its local knowledge; signed in, a click on it fills in the
    /// point of the Ortswissen form below (the same list of local knowledge stands in words under „Ortswissen“).
    /// </summary>
    private MapData LocationMap(ProfileSpace space, IEnumerable<SpaceShape> spaces)
    {
        var facilities = Facilities.Where(f => f.Location is { Latitude: not null, Longitude: not null })
            .Select(f => new MapPoint(f.Location.Latitude!.Value, f.Location.Longitude!.Value, f.Name));
        var knowledge = space.LocalKnowledge
            .Where(k => k is { State: ContributionState.Published, Latitude: not null, Longitude: not null, Title: not null })
            .Select(k => new MapPoint(k.Latitude!.Value, k.Longitude!.Value, k.Title!, LocalKnowledgeForm.CategoryLabel(k.Category), "#" + DomIds.Contribution(k.Id)));
        var signedIn = User.Identity?.IsAuthenticated == true;
        var caption = (signedIn
                ? "Ein Klick auf die Karte übernimmt den Ort in das Formular „Ortswissen teilen“ unten."
                : "Ein Klick auf eine Fläche öffnet das Profil des Sozialraums.")
            + " Die Markierungen zeigen das Ortswissen; es steht auch in der Liste „Ortswissen“ unten.";
        return MapData.Outlines("sozialraum-karte", $"Lage von {space.Name} in der Stadt", spaces, mapOptions.Value, space.Key,
            [.. facilities, .. knowledge], signedIn ? LocalKnowledgeForm.FormId : null, caption);
    }

    private ProfileValue? ValueOf(string indicator) =>
        Year is { } year && _values.TryGetValue((indicator, year), out var value) ? value : null;
}

/// <summary>An indicator of the space in the profile's year beside the city value of that year, compared by the API.</summary>
public sealed record IndicatorRow(ProfileIndicator Indicator, ProfileValue? Value, double? CityValue, Comparison? Comparison)
{
    public bool Suppressed => Value is { Suppressed: true } || Comparison is { Suppressed: true };

    /// <summary>Something in the row is shown as •: the value, or a trend that touches a withheld year.</summary>
    public bool ShowsSuppressed => Suppressed || Comparison?.Trend.Direction == TrendDirection.Suppressed;
}

public sealed record AgeGroupRow(string Label, double? Count, double? Share);
