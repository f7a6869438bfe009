using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

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

    public IReadOnlyList<AgeGroupRow> AgeGroups { get; private set; } = [];

    public IReadOnlyList<TimeSeries> Series { get; private set; } = [];

    public IReadOnlyList<ProfileFacility> Facilities { get; private set; } = [];

    public IReadOnlyList<ProfileOffering> Offerings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(SocialSpaceProfileData.Operation, new { key }, cancellationToken);
        if (data.SocialSpace is not { } space)
        {
            return NotFound();
        }

        Space = space;
        _values = space.Values.ToDictionary(v => (v.Indicator.Key, v.Year));
        Year = space.Values.Count == 0 ? null : space.Values.Max(v => v.Year);
        Facilities = data.Facilities.Nodes;
        Offerings = data.Offerings.Nodes;
        var points = Facilities.Where(f => f.Location is { Latitude: not null, Longitude: not null })
            .Select(f => new MapPoint(f.Location.Latitude!.Value, f.Location.Longitude!.Value, f.Name));
        Map = MapData.Outlines("sozialraum-karte", $"Lage von {space.Name} in der Stadt", data.SocialSpaces.Nodes, mapOptions.Value, space.Key, points);

        var indicators = data.Indicators.Nodes;
        Indicators = [.. indicators
            .OrderBy(i => i.ActionField?.SortOrder ?? int.MinValue).ThenBy(i => i.Name, StringComparer.CurrentCulture)
            .Select(i => new IndicatorRow(i, ValueOf(i.Key), i.CityValues.FirstOrDefault(c => c.Year == Year)?.Value))];
        var byKey = indicators.ToDictionary(i => i.Key);
        AgeGroups = [.. AgeGroupIndicators.Where(g => byKey.ContainsKey(g.Count))
            .Select(g => new AgeGroupRow(g.Label, ValueOf(g.Count)?.Value, g.Share is null ? null : ValueOf(g.Share)?.Value))];
        Series = [.. indicators.Where(i => i.Key == PopulationIndicator || i.InStatusIndex)
            .OrderBy(i => i.Key != PopulationIndicator)
            .Select(i => TimeSeries.Create($"verlauf-{i.Key}", i.Series, space.Name,
                space.Values.Where(v => v.Indicator.Key == i.Key).ToDictionary(v => v.Year, v => v.Value)))];
        return Page();
    }

    private ProfileValue? ValueOf(string indicator) =>
        Year is { } year && _values.TryGetValue((indicator, year), out var value) ? value : null;
}

/// <summary>An indicator of the space in the profile's year beside the city value of that year.</summary>
public sealed record IndicatorRow(ProfileIndicator Indicator, ProfileValue? Value, double? CityValue);

public sealed record AgeGroupRow(string Label, double? Count, double? Share);
