using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

/// <summary>A value read from a file, checked and ready to store.</summary>
public readonly record struct ValueRow(
    int IndicatorId, int SocialSpaceId, int Year, double Value, double? Numerator, double? Denominator, bool IsProvisional)
{
    public (int, int, int) Key => (IndicatorId, SocialSpaceId, Year);

    public bool SameAs(StoredValue v) =>
        v.Value.Equals(Value) && v.Numerator.Equals(Numerator) && v.Denominator.Equals(Denominator) && v.IsProvisional == IsProvisional;

    public object?[] Columns(int batchId) =>
        [IndicatorId, SocialSpaceId, Year, Value, Numerator, Denominator, IsProvisional, batchId, BulkWriter.Now];
}

/// <summary>A value as stored now, compact and untracked.</summary>
public sealed record StoredValue(
    int Id, int IndicatorId, int SocialSpaceId, int Year, double Value, double? Numerator, double? Denominator, bool IsProvisional, int ImportBatchId)
{
    public object?[] Revision(int replacedBy) =>
        [IndicatorId, SocialSpaceId, Year, Value, Numerator, Denominator, IsProvisional, ImportBatchId, replacedBy, BulkWriter.Now];
}

/// <summary>What a file of values would do: its checked rows, its problems, and the lookups used to read it.</summary>
public sealed record ValueImportPlan(
    IReadOnlyList<ValueRow> Rows, ImportProblems Problems, int RowCount,
    IReadOnlyDictionary<int, Indicator> Indicators, IReadOnlyDictionary<int, string> SocialSpaceKeys);

/// <summary>The rows of a plan compared with what is stored: new, changed (with the old value) and unchanged.</summary>
public sealed class ValueChanges
{
    public List<ValueRow> Inserts { get; } = [];

    public List<(ValueRow Row, StoredValue Old)> Updates { get; } = [];

    public List<ValueRow> Unchanged { get; } = [];

    public static ValueChanges Compare(IEnumerable<ValueRow> rows, IReadOnlyDictionary<(int, int, int), StoredValue> current)
    {
        var changes = new ValueChanges();
        foreach (var row in rows)
        {
            if (!current.TryGetValue(row.Key, out var old))
            {
                changes.Inserts.Add(row);
            }
            else if (row.SameAs(old))
            {
                changes.Unchanged.Add(row);
            }
            else
            {
                changes.Updates.Add((row, old));
            }
        }

        return changes;
    }
}
