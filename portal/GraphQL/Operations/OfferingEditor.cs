namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of OfferingEditor.graphql: the organisation, the stored offering (null for a new one), the choices.</summary>
public sealed record OfferingEditorData(
    OfferingOwner? Owner, EditedOffering? Offering, Connection<KeyName> ActionFields, Connection<KeyName> TargetGroups)
{
    public static readonly GraphQLOperation<OfferingEditorData> Operation = new("OfferingEditor");
}

public sealed record OfferingOwner(string Id, string Name, bool RequiresReview, IReadOnlyList<IdName> Locations);

public sealed record EditedOffering(
    string Id,
    int Version,
    string Name,
    string Description,
    Publication Publication,
    OfferingStatus Status,
    string? Eligibility,
    int? MinimumAge,
    int? MaximumAge,
    EditedCost Cost,
    IReadOnlyList<string> Languages,
    string? ApplicationProcess,
    string? ContactName,
    string? Email,
    string? Phone,
    string? Website,
    bool IsOnline,
    DateTime? LastReviewedAt,
    IReadOnlyList<KeyRef> ActionFields,
    IReadOnlyList<KeyRef> TargetGroups,
    IReadOnlyList<IdOnly> Locations,
    IReadOnlyList<EditedSchedule> Schedules,
    IdOnly Organization);

public sealed record EditedCost(string Kind, double? Amount, string? Note);

public sealed record EditedSchedule(string Weekday, string OpensAt, string ClosesAt, string? ValidFrom, string? ValidTo, string? Note, IdOnly? Location);
