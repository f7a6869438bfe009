using GraphQL.Types;
using SozialHub.Api.Editing;

namespace SozialHub.Api.Facilities.Editing;

/// <summary>A facility's fields: create leaves out id and version, update sends the version it read.</summary>
public sealed class FacilityInput
{
    public string? Id { get; set; }

    public int? Version { get; set; }

    public string? Operator { get; set; }

    public string? Location { get; set; }

    public string? Name { get; set; }

    public FacilityKind? Kind { get; set; }

    public int? Capacity { get; set; }
}

public sealed class CreateFacilityInputType : InputObjectGraphType<FacilityInput>
{
    public CreateFacilityInputType()
    {
        Name = "CreateFacilityInput";
        Description = "A new facility (Einrichtung) at a location of its operator.";
        AddFields(this);
    }

    internal static void AddFields(InputObjectGraphType<FacilityInput> input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("operator").Description("The organisation that runs it (global id).");
        input.Field<NonNullGraphType<IdGraphType>>("location").Description("Where it is: a location of the operator (global id).");
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"Name, at most {Limits.Name} characters.");
        input.Field<NonNullGraphType<EnumerationGraphType<FacilityKind>>>("kind").Description("What kind of facility it is.");
        input.Field<IntGraphType>("capacity").Description($"Places (Plätze), 0–{FacilityEditor.MaxCapacity}; absent when not counted in places.");
    }
}

public sealed class UpdateFacilityInputType : InputObjectGraphType<FacilityInput>
{
    public UpdateFacilityInputType()
    {
        Name = "UpdateFacilityInput";
        Description = "All fields of a facility as they should be.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The facility (global id).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; CONFLICT when it was changed meanwhile.");
        CreateFacilityInputType.AddFields(this);
    }
}

public sealed class FacilityPayloadType() : EditPayloadType<FacilityType, Facility>("facility", "facility");
