using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of SocialIndexPage.graphql.</summary>
public sealed record SocialIndexPageData(SocialIndexData? SocialIndex, Connection<SpaceShape> SocialSpaces, Connection<CitySeries> StatusIndicators)
{
    public static readonly GraphQLOperation<SocialIndexPageData> Operation = new("SocialIndexPage");
}

public sealed record SocialIndexData(int Year, IReadOnlyList<SocialIndexEntry> Entries, Computation Computation);

public sealed record SocialIndexEntry(
    KeyRef SocialSpace, double? StatusScore, double? DynamicsScore, int? StatusClass, DynamicsClass? DynamicsClass, string? CombinedClass,
    bool Eligible, bool Suppressed);

public sealed record CitySeries(IReadOnlyList<YearValue> CityValues);

/// <summary>The data of SocialIndexGroups.graphql.</summary>
public sealed record SocialIndexGroupsData(SocialIndexGroups? SocialIndex)
{
    public static readonly GraphQLOperation<SocialIndexGroupsData> Operation = new("SocialIndexGroups");
}

public sealed record SocialIndexGroups(IReadOnlyList<SocialIndexGroup> Groups);

public sealed record SocialIndexGroup(
    string Key, string Name, bool SocialCityArea, int SpaceCount, int EligibleCount, double? MeanStatusScore, double? MeanDynamicsScore,
    IReadOnlyList<SocialIndexGroupValue> Values, Computation Computation);

public sealed record SocialIndexGroupValue(GroupIndicator Indicator, AggregateNumber? Value);

public sealed record GroupIndicator(string Key, string Name, IndicatorUnit Unit, string UnitLabel);

public sealed record AggregateNumber(double? Value);

/// <summary>The API's <c>DynamicsClass</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DynamicsClass>))]
public enum DynamicsClass
{
    [JsonStringEnumMemberName("POSITIVE")] Positive,
    [JsonStringEnumMemberName("STABLE")] Stable,
    [JsonStringEnumMemberName("NEGATIVE")] Negative,
}
