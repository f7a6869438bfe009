namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of OfferingSearch.graphql.</summary>
public sealed record OfferingSearchData(
    Connection<KeyName> ActionFields, Connection<KeyName> TargetGroups, Connection<SpaceShape> SocialSpaces, OfferingPage Offerings)
{
    public static readonly GraphQLOperation<OfferingSearchData> Operation = new("OfferingSearch");
}

public sealed record OfferingPage(int TotalCount, PageCursor PageInfo, IReadOnlyList<OfferingHit> Nodes);

public sealed record PageCursor(bool HasNextPage, string? EndCursor);

public sealed record OfferingHit(
    string Id, string Name, string Description, NameOnly Organization, OfferingCost Cost, IReadOnlyList<NameOnly> ActionFields,
    IReadOnlyList<OfferingPlace> Locations);

public sealed record OfferingCost(string Kind, double? Amount = null, string? Note = null);

public sealed record OfferingPlace(string Name, double? Latitude, double? Longitude);
