namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of PreviewImport.graphql.</summary>
public sealed record PreviewImportData(PreviewImportPayload Payload)
{
    public static readonly GraphQLOperation<PreviewImportData> Operation = new("PreviewImport");
}

public sealed record PreviewImportPayload(ImportPreview? Preview, IReadOnlyList<UserError> Errors);

public sealed record ImportPreview(
    string FileName, string Format, int RowCount, IReadOnlyList<string> Headings, int NewCount, int ChangedCount, int UnchangedCount,
    bool CanApply, IReadOnlyList<IndicatorImportPreview> Indicators, IReadOnlyList<ImportProblem> Problems);

public sealed record IndicatorImportPreview(KeyName Indicator, int NewCount, int ChangedCount, int UnchangedCount);

public sealed record ImportProblem(int Line, int Column, string? Field, string Message);

/// <summary>The data of ApplyImport.graphql.</summary>
public sealed record ApplyImportData(ApplyImportPayload Payload)
{
    public static readonly GraphQLOperation<ApplyImportData> Operation = new("ApplyImport");
}

public sealed record ApplyImportPayload(AppliedBatch? Batch, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<UserError> Errors);

public sealed record AppliedBatch(string Id, int InsertedCount, int UpdatedCount, int UnchangedCount);

/// <summary>The data of RollbackImport.graphql.</summary>
public sealed record RollbackImportData(RollbackImportPayload Payload)
{
    public static readonly GraphQLOperation<RollbackImportData> Operation = new("RollbackImport");
}

public sealed record RollbackImportPayload(RolledBackBatch? Batch, IReadOnlyList<UserError> Errors);

public sealed record RolledBackBatch(string Id, string Outcome);

/// <summary>The data of ImportHistory.graphql.</summary>
public sealed record ImportHistoryData(Connection<ImportBatch> ImportBatches)
{
    public static readonly GraphQLOperation<ImportHistoryData> Operation = new("ImportHistory");
}

public sealed record ImportBatch(
    string Id, string Kind, string FileName, string Source, string ImportedBy, DateTime ImportedAt,
    int RowCount, int InsertedCount, int UpdatedCount, int UnchangedCount, string Outcome)
{
    public bool CanRollBack => Kind == "INDICATOR_VALUES" && Outcome == "APPLIED";
}
