using System.ComponentModel;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

[Description("What applying a file would do to one value.")]
public enum ValueChangeKind
{
    [Description("The value is new.")]
    New,

    [Description("The value replaces a different stored one (which stays in the history).")]
    Changed,
}

/// <summary>One new or changed value of a preview.</summary>
public sealed record ImportValueChange(string SocialSpace, int Year, ValueChangeKind Change, double? OldValue, double NewValue, double? Numerator, double? Denominator);

/// <summary>What a file would do to one indicator.</summary>
public sealed record IndicatorImportPreview(Indicator Indicator, int NewCount, int ChangedCount, int UnchangedCount, IReadOnlyList<ImportValueChange> Values);

/// <summary>The dry run of an import: counts per indicator, a sample of the changes, and every problem found.</summary>
public sealed record ImportPreview(
    string FileName, string Format, int RowCount, IReadOnlyList<IndicatorImportPreview> Indicators, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The file's headings, to choose the mapping of columns from.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    public int NewCount => Indicators.Sum(i => i.NewCount);

    public int ChangedCount => Indicators.Sum(i => i.ChangedCount);

    public int UnchangedCount => Indicators.Sum(i => i.UnchangedCount);

    public bool CanApply => Problems.Count == 0 && Indicators.Count > 0;

    public static ImportPreview Refused(ImportUpload upload, IReadOnlyList<ImportProblem> problems) =>
        new(upload.FileName, "", 0, [], problems);

    /// <param name="sample">How many new and changed values to list per indicator.</param>
    public static ImportPreview Of(ImportUpload upload, CsvDialect dialect, ValueImportPlan plan, ValueChanges changes, int sample)
    {
        var news = changes.Inserts.ToLookup(r => r.IndicatorId);
        var updates = changes.Updates.ToLookup(u => u.Row.IndicatorId);
        var unchanged = changes.Unchanged.ToLookup(r => r.IndicatorId);
        var indicators = plan.Rows.Select(r => r.IndicatorId).Distinct()
            .Select(id => new IndicatorImportPreview(plan.Indicators[id], news[id].Count(), updates[id].Count(), unchanged[id].Count(),
                updates[id].Select(u => Change(plan, u.Row, u.Old.Value))
                    .Concat(news[id].Select(r => Change(plan, r, null)))
                    .Take(sample).ToList()))
            .OrderBy(i => i.Indicator.Key, StringComparer.Ordinal)
            .ToList();
        return new ImportPreview(upload.FileName, dialect.Description, plan.RowCount, indicators, plan.Problems.All);
    }

    private static ImportValueChange Change(ValueImportPlan plan, ValueRow row, double? old) =>
        new(plan.SocialSpaceKeys[row.SocialSpaceId], row.Year, old is null ? ValueChangeKind.New : ValueChangeKind.Changed,
            old, row.Value, row.Numerator, row.Denominator);
}
