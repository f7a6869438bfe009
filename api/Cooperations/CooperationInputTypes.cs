using GraphQL.Types;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Cooperations;

public sealed class ProposeCooperationInputType : InputObjectGraphType<ProposeCooperationInput>
{
    public ProposeCooperationInputType()
    {
        Name = "ProposeCooperationInput";
        Description = "A cooperation one organisation proposes to another; the partner confirms or declines it.";
        Field<NonNullGraphType<IdGraphType>>("organization").Description("The proposing organisation (global id); the caller must be its member.");
        Field<NonNullGraphType<IdGraphType>>("partner").Description("The other organisation (global id).");
        Field<NonNullGraphType<EnumerationGraphType<CooperationForm>>>("form").Description("The form of the cooperation.");
        Field<NonNullGraphType<IntGraphType>>("intensity").Description("Intensity from 1 (loose) to 3 (close).");
        Field<NonNullGraphType<EnumerationGraphType<Formality>>>("formality").Description("How formally it is agreed.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actionFields").Description("The action fields it serves (keys).");
        Field<DateOnlyGraphType>("since").Description("Since when.");
        Field<DateOnlyGraphType>("until").Description("Until when; open-ended when absent.");
        Field<StringGraphType>("description").Description($"Markdown, at most {Limits.Message} characters.");
    }
}

public sealed class CooperationIdInputType : InputObjectGraphType<CooperationIdInput>
{
    public CooperationIdInputType()
    {
        Name = "CooperationIdInput";
        Description = "Names a cooperation.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The cooperation (global id).");
    }
}

public sealed class EndCooperationInputType : InputObjectGraphType<EndCooperationInput>
{
    public EndCooperationInputType()
    {
        Name = "EndCooperationInput";
        Description = "Ends a cooperation on a day.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The cooperation (global id).");
        Field<DateOnlyGraphType>("until").Description("The last day; today (Europe/Berlin) when absent.");
    }
}

public sealed class CooperationPayloadType : ObjectGraphType<CooperationPayload>
{
    public CooperationPayloadType()
    {
        Name = "CooperationPayload";
        Description = "The cooperation as it is now, or (with errors) why nothing changed.";
        Field<CooperationType>("cooperation").Description("The cooperation; null when there are errors.").Resolve(c => c.Source.Cooperation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
