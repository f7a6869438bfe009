namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of FacilityEditor.graphql.</summary>
public sealed record FacilityEditorData(FacilityOperator? Owner, EditedFacility? Facility)
{
    public static readonly GraphQLOperation<FacilityEditorData> Operation = new("FacilityEditor");
}

public sealed record FacilityOperator(string Id, string Name, IReadOnlyList<IdName> Locations);

public sealed record EditedFacility(string Id, int Version, string Name, FacilityKind Kind, int? Capacity, IdOnly Location);
