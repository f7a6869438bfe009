using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of SocialSpaceProfile.graphql.</summary>
public sealed record SocialSpaceProfileData(
    ProfileSpace? SocialSpace, Connection<SpaceShape> SocialSpaces, Connection<ProfileIndicator> Indicators,
    Connection<ProfileFacility> Facilities, Connection<ProfileOffering> Offerings)
{
    public static readonly GraphQLOperation<SocialSpaceProfileData> Operation = new("SocialSpaceProfile");
}

public sealed record ProfileSpace(
    string Key, string Name, int Population, bool IsSocialCityArea, KeyName District, IReadOnlyList<ProfileValue> Values,
    IReadOnlyList<Comparison> Comparisons, IReadOnlyList<ProfileKnowledge> LocalKnowledge);

/// <summary>A piece of local knowledge, for a marker on the profile's map; title and point only while it is public.</summary>
public sealed record ProfileKnowledge(string Id, ContributionState State, LocalKnowledgeCategory? Category, string? Title, double? Latitude, double? Longitude);

/// <summary>A value of the space; null when it is suppressed for the caller.</summary>
public sealed record ProfileValue(int Year, double? Value, bool Suppressed, bool IsProvisional, KeyRef Indicator);

public sealed record ProfileIndicator(
    string Key, string Name, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, bool InStatusIndex,
    CatalogActionField? ActionField, IReadOnlyList<YearValue> CityValues)
{
    /// <summary>The fields that <see cref="IndicatorSeries"/> needs for formatting and charts.</summary>
    public IndicatorSeries Series => new(Key, Name, Unit, UnitLabel, Polarity, CityValues);
}

public sealed record ProfileFacility(string Name, FacilityKind Kind, int? Capacity, NamedRef? Operator, ProfileLocation Location);

public sealed record ProfileLocation(string Name, double? Latitude, double? Longitude, ProfileAddress Address);

public sealed record ProfileAddress(string? Street, string? PostalCode, string? City);

public sealed record ProfileOffering(string Name, OfferingStatus Status, NamedRef Organization);

public sealed record NamedRef(string Name);

[JsonConverter(typeof(JsonStringEnumConverter<FacilityKind>))]
public enum FacilityKind
{
    [JsonStringEnumMemberName("DAY_CARE")] DayCare,
    [JsonStringEnumMemberName("PRIMARY_SCHOOL")] PrimarySchool,
    [JsonStringEnumMemberName("SECONDARY_SCHOOL")] SecondarySchool,
    [JsonStringEnumMemberName("YOUTH_CENTRE")] YouthCentre,
    [JsonStringEnumMemberName("COUNSELLING_CENTRE")] CounsellingCentre,
    [JsonStringEnumMemberName("SENIOR_CENTRE")] SeniorCentre,
    [JsonStringEnumMemberName("NEIGHBOURHOOD_OFFICE")] NeighbourhoodOffice,
    [JsonStringEnumMemberName("FAMILY_CENTRE")] FamilyCentre,
    [JsonStringEnumMemberName("PLAYGROUND")] Playground,
    [JsonStringEnumMemberName("OTHER")] Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<OfferingStatus>))]
public enum OfferingStatus
{
    [JsonStringEnumMemberName("ACTIVE")] Active,
    [JsonStringEnumMemberName("INACTIVE")] Inactive,
    [JsonStringEnumMemberName("TEMPORARILY_CLOSED")] TemporarilyClosed,
    [JsonStringEnumMemberName("DEFUNCT")] Defunct,
}
