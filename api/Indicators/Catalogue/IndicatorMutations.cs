using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Indicators.Catalogue;

/// <summary><c>createIndicator</c>, <c>updateIndicator</c> and <c>retireIndicator</c> (planners only).</summary>
internal sealed class IndicatorMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Edit<IndicatorInputType, IndicatorInput>(mutation, "createIndicator", "Planners: add an indicator to the catalogue.",
            (editing, input, ct) => editing.CreateAsync(input, ct));
        Edit<IndicatorInputType, IndicatorInput>(mutation, "updateIndicator", "Planners: change an indicator's definition (named by its key, which stays).",
            (editing, input, ct) => editing.UpdateAsync(input, ct));
        Edit<IndicatorKeyInputType, IndicatorKeyInput>(mutation, "retireIndicator",
            "Planners: retire an indicator. Its values stay; public lists leave it out unless asked; it stays readable by key and takes no new values.",
            (editing, input, ct) => editing.RetireAsync(input, ct));
    }

    private static void Edit<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<IndicatorEditing, TInput, CancellationToken, Task<IndicatorPayload>> run)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<IndicatorPayloadType>, IndicatorPayload>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "The indicator.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await run(
                context.RequestServices!.GetRequiredService<IndicatorEditing>(), context.GetArgument<TInput>("input"), context.CancellationToken));
}

public sealed class IndicatorPayloadType : ObjectGraphType<IndicatorPayload>
{
    public IndicatorPayloadType()
    {
        Name = "IndicatorPayload";
        Description = "The indicator as stored, or (with errors) why nothing was stored.";
        Field<IndicatorType>("indicator").Description("The indicator; null when there are errors.").Resolve(c => c.Source.Indicator);
        this.ErrorsField(p => p.Errors);
    }
}
