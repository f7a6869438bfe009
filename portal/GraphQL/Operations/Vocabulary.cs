using System.Text.Json;
using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

// Types that several operations select in the same shape.

/// <summary>The API's <c>IndicatorUnit</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorUnit>))]
public enum IndicatorUnit
{
    [JsonStringEnumMemberName("COUNT")] Count,
    [JsonStringEnumMemberName("PERCENT")] Percent,
    [JsonStringEnumMemberName("PER_100")] Per100,
    [JsonStringEnumMemberName("PER_1000")] Per1000,
    [JsonStringEnumMemberName("SQUARE_METRES_PER_INHABITANT")] SquareMetresPerInhabitant,
}

/// <summary>The API's <c>Polarity</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity
{
    [JsonStringEnumMemberName("HIGHER_IS_WORSE")] HigherIsWorse,
    [JsonStringEnumMemberName("HIGHER_IS_BETTER")] HigherIsBetter,
    [JsonStringEnumMemberName("CONTEXT")] Context,
}

public sealed record KeyName(string Key, string Name);

/// <summary>A record named by its global id, e.g. an organisation or a location.</summary>
public sealed record IdName(string Id, string Name);

public sealed record KeyRef(string Key);

/// <summary>A city or district value (<c>AggregateValue</c>); null when the API cannot compute it honestly.</summary>
public sealed record YearValue(int Year, double? Value);

/// <summary>A social space's value of one indicator; null when it is suppressed for the caller (small numbers).</summary>
public sealed record SpaceValue(int Year, double? Value, bool Suppressed, bool IsProvisional, KeyRef SocialSpace);

/// <summary>A social space with its outline, for maps and lists.</summary>
public sealed record SpaceShape(string Key, string Name, int Population, bool IsSocialCityArea, JsonElement Geometry, KeyName District);

/// <summary>An indicator with the city's series: enough to show and compare its values.</summary>
public sealed record IndicatorSeries(
    string Key, string Name, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, IReadOnlyList<YearValue> CityValues)
{
    /// <summary>The latest year with a city value, or null.</summary>
    public YearValue? LatestCityValue => CityValues.Where(v => v.Value is not null).MaxBy(v => v.Year);
}
