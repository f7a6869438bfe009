using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

public sealed class ImportFileInputType : InputObjectGraphType<ImportFileInput>
{
    public ImportFileInputType()
    {
        Name = "ImportFileInput";
        Description = "An uploaded file of indicator values (POST /imports/files) and how to read it.";
        Field<NonNullGraphType<StringGraphType>>("uploadId").Description("The id the upload answered with.");
        Field<NonNullGraphType<EnumerationGraphType<ImportFormat>>>("format").Description("Long (one row per value) or wide (one column per year).")
            .DefaultValue(ImportFormat.Long);
        Field<ImportColumnsInputType>("columns").Description("Which heading holds what; absent headings are found by their usual names.");
        Field<StringGraphType>("indicator").Description("The indicator (key) of every row when the file has no indicator column.");
        Field<StringGraphType>("source").Description($"Where the numbers come from, e.g. Bundesagentur für Arbeit; at most {Limits.Source} characters.");
    }
}

public sealed class ImportColumnsInputType : InputObjectGraphType<ValueColumns>
{
    public ImportColumnsInputType()
    {
        Name = "ImportColumnsInput";
        Description = "The heading in the file of each column (all optional: the usual English or German names are found without).";
        Field<StringGraphType>("socialSpace").Description("The social space's key (usually `socialSpace` or `Sozialraum`).");
        Field<StringGraphType>("indicator").Description("The indicator's key (`indicator`, `Indikator`).");
        Field<StringGraphType>("year").Description("Long format: the period, a year (`year`, `Jahr`, `Periode`).");
        Field<StringGraphType>("value").Description("Long format: the value (`value`, `Wert`).");
        Field<StringGraphType>("numerator").Description("Long format: a rate's numerator (`numerator`, `Zähler`).");
        Field<StringGraphType>("denominator").Description("Long format: a rate's denominator (`denominator`, `Nenner`).");
        Field<StringGraphType>("provisional").Description("Whether a value is provisional (`provisional`, `vorläufig`).");
    }
}

public sealed class ImportProblemType : ObjectGraphType<ImportProblem>
{
    public ImportProblemType()
    {
        Name = "ImportProblem";
        Description = "Something wrong in an import file, located so a person can find and fix it.";
        Field(p => p.Line).Description("Line (CSV) or row (XLSX), from 1; 0 when the problem concerns the file as a whole.");
        Field(p => p.Column).Description("Column number, from 1; 0 when not tied to a column.");
        Field(p => p.Field, nullable: true).Description("The column's meaning, e.g. `socialSpace`, or the year of a wide table.");
        Field(p => p.Message).Description("What is wrong, in German.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("File, place and message as one German sentence.")
            .Resolve(c => c.Source.ToString());
    }
}

public sealed class ImportValueChangeType : ObjectGraphType<ImportValueChange>
{
    public ImportValueChangeType()
    {
        Name = "ImportValueChange";
        Description = "A value the import would add or change.";
        Field(v => v.SocialSpace).Description("The social space (key).");
        Field(v => v.Year).Description("The year.");
        Field<NonNullGraphType<EnumerationGraphType<ValueChangeKind>>>("change").Description("New or changed.").Resolve(c => c.Source.Change);
        Field(v => v.OldValue, nullable: true).Description("The stored value it replaces; null when new.");
        Field(v => v.NewValue).Description("The value after the import.");
        Field(v => v.Numerator, nullable: true).Description("The delivered numerator, for a rate.");
        Field(v => v.Denominator, nullable: true).Description("The delivered denominator, for a rate.");
    }
}

public sealed class IndicatorImportPreviewType : ObjectGraphType<IndicatorImportPreview>
{
    public IndicatorImportPreviewType()
    {
        Name = "IndicatorImportPreview";
        Description = "What an import would do to one indicator.";
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator.").Resolve(c => c.Source.Indicator);
        Field(i => i.NewCount).Description("Values the import would add.");
        Field(i => i.ChangedCount).Description("Values it would change (the old ones stay in the history).");
        Field(i => i.UnchangedCount).Description("Values it delivers as they are stored already.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportValueChangeType>>>>("values")
            .Description("The changed values first, then the new ones, up to Imports:PreviewValues.").Resolve(c => c.Source.Values);
    }
}

public sealed class ImportPreviewType : ObjectGraphType<ImportPreview>
{
    public ImportPreviewType()
    {
        Name = "ImportPreview";
        Description = "A dry run of an import: nothing is stored.";
        Field(p => p.FileName).Description("The uploaded file's name.");
        Field(p => p.Format).Description("How the file was read (delimiter, decimal separator, encoding, or workbook).");
        Field(p => p.RowCount).Description("Data rows read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("headings")
            .Description("The file's headings as written, to choose the mapping of columns from (`columns` of the input).").Resolve(c => c.Source.Headings);
        Field(p => p.NewCount).Description("Values the import would add.");
        Field(p => p.ChangedCount).Description("Values it would change.");
        Field(p => p.UnchangedCount).Description("Values that match what is stored.");
        Field(p => p.CanApply).Description("True when the file has no problems and delivers values: applyImport would store them all.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorImportPreviewType>>>>("indicators")
            .Description("Per indicator, by key.").Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemType>>>>("problems")
            .Description("Every problem with line and column (at most 500); any problem stops the import as a whole.").Resolve(c => c.Source.Problems);
    }
}

public sealed class PreviewImportPayloadType : ObjectGraphType<PreviewImportPayload>
{
    public PreviewImportPayloadType()
    {
        Name = "PreviewImportPayload";
        Description = "The preview, or (with errors) why there is none.";
        Field<ImportPreviewType>("preview").Description("The dry run; null when there are errors.").Resolve(c => c.Source.Preview);
        this.ErrorsField(p => p.Errors);
    }
}

public sealed class ApplyImportPayloadType : ObjectGraphType<ApplyImportPayload>
{
    public ApplyImportPayloadType()
    {
        Name = "ApplyImportPayload";
        Description = "The new Datenlieferung, or (with errors and problems) why nothing was stored.";
        Field<ImportBatchType>("batch").Description("The applied import; null when there are errors.").Resolve(c => c.Source.Batch);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemType>>>>("problems")
            .Description("The file's problems when it was refused.").Resolve(c => c.Source.Problems);
        this.ErrorsField(p => p.Errors);
    }
}

public sealed class RollbackImportInputType : InputObjectGraphType<RollbackImportInput>
{
    public RollbackImportInputType()
    {
        Name = "RollbackImportInput";
        Description = "Names the Datenlieferung to take back.";
        Field<NonNullGraphType<IdGraphType>>("batchId").Description("The import batch (global id).");
    }
}

public sealed class RollbackImportPayloadType : ObjectGraphType<RollbackImportPayload>
{
    public RollbackImportPayloadType()
    {
        Name = "RollbackImportPayload";
        Description = "The rolled-back Datenlieferung, or (with errors) why nothing changed.";
        Field<ImportBatchType>("batch").Description("The batch, now marked rolled back; null when there are errors.").Resolve(c => c.Source.Batch);
        this.ErrorsField(p => p.Errors);
    }
}

internal static class ImportPayloadFields
{
    /// <summary>The payloads' typed <c>errors</c>.</summary>
    public static void ErrorsField<T>(this ObjectGraphType<T> type, Func<T, IReadOnlyList<UserError>> errors) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => errors(c.Source));
}
