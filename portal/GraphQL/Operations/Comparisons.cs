using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

// The API's analytics types (IndicatorComparison, IndicatorChange, Computation) as several pages select them.

/// <summary>The API's <c>TrendDirection</c>: the direction word of a change.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendDirection>))]
public enum TrendDirection
{
    [JsonStringEnumMemberName("IMPROVING")] Improving,
    [JsonStringEnumMemberName("STABLE")] Stable,
    [JsonStringEnumMemberName("WORSENING")] Worsening,
    [JsonStringEnumMemberName("NOT_ENOUGH_DATA")] NotEnoughData,
    [JsonStringEnumMemberName("UP")] Up,
    [JsonStringEnumMemberName("DOWN")] Down,
    [JsonStringEnumMemberName("SUPPRESSED")] Suppressed,
}

/// <summary>How the API computed a figure, to explain it on the page.</summary>
public sealed record Computation(string Method, IReadOnlyList<ComputationParameter> Parameters, IReadOnlyList<string> Inputs);

public sealed record ComputationParameter(string Name, string Value);

/// <summary>A change over a window of years and its direction word.</summary>
public sealed record IndicatorChange(int Years, double? Change, bool Relative, TrendDirection Direction);

/// <summary>A space's value of an indicator beside the city: deviation, trend, rank (<c>IndicatorComparison</c>).</summary>
public sealed record Comparison(
    KeyRef Indicator, int Year, double? Value, double? CityValue, double? Deviation, IndicatorChange Trend, int? Rank, int? RankCount,
    bool Suppressed, bool Confidential, bool SmallPopulation, Computation Computation);

/// <summary>A ranking entry: the comparison with the space it is about.</summary>
public sealed record RankedSpace(
    SpaceRef SocialSpace, int Year, double? Value, double? Deviation, IndicatorChange Trend, int? Rank, int? RankCount,
    bool Suppressed, bool Confidential, bool SmallPopulation, Computation Computation);

public sealed record SpaceRef(string Key, string Name, bool IsSocialCityArea, KeyName District);
