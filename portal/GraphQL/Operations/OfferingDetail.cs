namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of OfferingDetail.graphql; <c>node</c> is null for an unknown id (and empty for another type's id).</summary>
public sealed record OfferingDetailData(OfferingDetail? Node)
{
    public static readonly GraphQLOperation<OfferingDetailData> Operation = new("OfferingDetail");
}

public sealed record OfferingDetail(
    string? Id, string? Name, string? Description, string? Eligibility, int? MinimumAge, int? MaximumAge, string? ApplicationProcess,
    string? ContactName, string? Email, string? Phone, string? Website, DateTime? LastReviewedAt, bool IsOnline,
    IReadOnlyList<string>? Languages, OfferingCost? Cost, NameOnly? Organization, IReadOnlyList<NameOnly>? ActionFields,
    IReadOnlyList<NameOnly>? TargetGroups, IReadOnlyList<OfferingAddressPlace>? Locations, IReadOnlyList<OpeningSlot>? Schedules);

public sealed record OfferingAddressPlace(string Name, string? Accessibility, PlaceAddress Address);

public sealed record PlaceAddress(string? Street, string? PostalCode, string? City);

public sealed record OpeningSlot(string Weekday, string OpensAt, string ClosesAt, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note);
