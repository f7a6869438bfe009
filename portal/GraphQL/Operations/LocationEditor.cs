namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of LocationEditor.graphql.</summary>
public sealed record LocationEditorData(IdName? Owner, EditedLocation? Location, Connection<SpaceShape> SocialSpaces)
{
    public static readonly GraphQLOperation<LocationEditorData> Operation = new("LocationEditor");
}

public sealed record EditedLocation(
    string Id, int Version, string Name, double? Latitude, double? Longitude, string? Accessibility, EditedAddress Address);

public sealed record EditedAddress(string? Street, string? PostalCode, string? City);
