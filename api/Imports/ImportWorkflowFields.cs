using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Imports;

/// <summary><c>previewImport</c>: the dry run, a query because it stores nothing (planners only).</summary>
internal sealed class ImportPreviewQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PreviewImportPayloadType>, PreviewImportPayload>("previewImport")
            .Description("Planners: what importing an uploaded file would do — new, changed and unchanged values per indicator and every problem. Stores nothing.")
            .Argument<NonNullGraphType<ImportFileInputType>>("input", "The upload and how to read it.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await Service<ImportWorkflow>(context)
                .PreviewAsync(context.GetArgument<ImportFileInput>("input"), context.User!, context.CancellationToken));

    internal static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

/// <summary><c>applyImport</c> and <c>rollbackImport</c> (planners only).</summary>
internal sealed class ImportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ApplyImportPayloadType>, ApplyImportPayload>("applyImport")
            .Description("Planners: import an uploaded file of indicator values as a whole (all rows or none) as a new Datenlieferung; replaced values stay in the history.")
            .Argument<NonNullGraphType<ImportFileInputType>>("input", "The upload, how to read it, and its source.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await ImportPreviewQuery.Service<ImportWorkflow>(context)
                .ApplyAsync(context.GetArgument<ImportFileInput>("input"), context.User!, context.CancellationToken));
        mutation.Field<NonNullGraphType<RollbackImportPayloadType>, RollbackImportPayload>("rollbackImport")
            .Description("Planners: take back a Datenlieferung of values as a whole: the values it replaced return, the ones it added go.")
            .Argument<NonNullGraphType<RollbackImportInputType>>("input", "The batch.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await ImportPreviewQuery.Service<ImportRollback>(context)
                .RollbackAsync(context.GetArgument<RollbackImportInput>("input"), context.CancellationToken));
    }
}
