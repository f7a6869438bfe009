using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Imports;

/// <summary>Planners only: who delivered which file is internal provenance (the public sees source and time).</summary>
public sealed class ImportBatchType : EntityGraphType<ImportBatch>, IHasListFields
{
    public ImportBatchType()
        : base("A Datenlieferung: one applied import of a file, the provenance of the values it delivered (planners only).")
    {
        this.AuthorizeWithPolicy(HubPolicies.Planner);
        Field<NonNullGraphType<EnumerationGraphType<ImportKind>>>("kind").Description("What the file delivered.").Resolve(c => c.Source.Kind);
        Field(b => b.FileName).Description("The delivered file's name.");
        Field(b => b.Source).Description("Where the numbers come from, e.g. Bundesagentur für Arbeit.");
        Field(b => b.ImportedBy).Description("Who imported the file.");
        Field(b => b.ImportedAt).Description("When the import was applied (UTC).");
        Field(b => b.RowCount).Description("Data rows read from the file.");
        Field(b => b.InsertedCount).Description("Records the import added.");
        Field(b => b.UpdatedCount).Description("Records the import changed (the old values stay in the history).");
        Field(b => b.UnchangedCount).Description("Rows that matched what was stored already.");
        Field<NonNullGraphType<EnumerationGraphType<ImportOutcome>>>("outcome").Description("Whether the import is in effect.")
            .Resolve(c => c.Source.Outcome);
        Field(b => b.UpdatedAt).Description("Time of the last change (UTC).");
    }

    public static IListFields ListFields { get; } = new ListFields<ImportBatch>()
        .Field("kind", b => b.Kind, "What the file delivered.")
        .Field("fileName", b => b.FileName, "The delivered file's name.")
        .Field("source", b => b.Source, "Where the numbers come from.")
        .Field("importedBy", b => b.ImportedBy, "Who imported the file.")
        .Field("importedAt", b => b.ImportedAt, "When the import was applied.")
        .Field("outcome", b => b.Outcome, "Whether the import is in effect.")
        .OrderByDefault("importedAt", descending: true);
}

internal sealed class ImportBatchQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<ImportBatchType, ImportBatch>("importBatches", "The data deliveries, newest first unless ordered otherwise (planners only).",
                context => context.Db().ImportBatches)
            .AuthorizeWithPolicy(HubPolicies.Planner);
}
