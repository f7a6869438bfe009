using GraphQL.Types;
using SozialHub.Api.Editing;

namespace SozialHub.Api.Locations.Editing;

/// <summary>A location's fields: create sends the organisation, update the id and the version it read.</summary>
public sealed class LocationInput
{
    public string? Organization { get; set; }

    public string? Id { get; set; }

    public int? Version { get; set; }

    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Accessibility { get; set; }
}

public sealed class CreateLocationInputType : InputObjectGraphType<LocationInput>
{
    public CreateLocationInputType()
    {
        Name = "CreateLocationInput";
        Description = "A new place of an organisation; the social space is found from the point.";
        Field<NonNullGraphType<IdGraphType>>("organization").Description("The organisation that maintains it (global id).");
        AddFields(this);
    }

    internal static void AddFields(InputObjectGraphType<LocationInput> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"Name of the place, at most {Limits.Name} characters.");
        input.Field<StringGraphType>("street").Description("Street and house number.");
        input.Field<StringGraphType>("postalCode").Description("Postleitzahl.");
        input.Field<StringGraphType>("city").Description("City or town.");
        input.Field<NonNullGraphType<FloatGraphType>>("latitude").Description("Latitude (WGS84) of the pin; it must lie in the city.");
        input.Field<NonNullGraphType<FloatGraphType>>("longitude").Description("Longitude (WGS84) of the pin.");
        input.Field<StringGraphType>("accessibility").Description($"Accessibility notes, at most {Limits.Message} characters.");
    }
}

public sealed class UpdateLocationInputType : InputObjectGraphType<LocationInput>
{
    public UpdateLocationInputType()
    {
        Name = "UpdateLocationInput";
        Description = "All fields of a location as they should be.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The location (global id).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; CONFLICT when it was changed meanwhile.");
        CreateLocationInputType.AddFields(this);
    }
}

public sealed class LocationPayloadType() : EditPayloadType<LocationType, Location>("location", "location");
