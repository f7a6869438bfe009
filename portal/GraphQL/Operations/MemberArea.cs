namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of MemberArea.graphql.</summary>
public sealed record MemberAreaData(IReadOnlyList<MemberOrganization> EditableOrganizations)
{
    public static readonly GraphQLOperation<MemberAreaData> Operation = new("MemberArea");
}

public sealed record MemberOrganization(
    string Id,
    string Name,
    bool RequiresReview,
    IReadOnlyList<MemberOffering> Offerings,
    IReadOnlyList<MemberLocation> Locations,
    IReadOnlyList<MemberFacility> Facilities);

public sealed record MemberOffering(string Id, string Name, Publication Publication, OfferingStatus Status, DateTime? LastReviewedAt, int Version);

public sealed record MemberLocation(string Id, string Name, MemberAddress Address, NamedRef? SocialSpace);

public sealed record MemberAddress(string? Street, string? City);

public sealed record MemberFacility(string Id, string Name, FacilityKind Kind, int? Capacity, NamedRef Location);
