using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Indicators;

/// <summary>
/// Imports indicator values in long format (<c>socialSpace;indicator;year;value;numerator;denominator</c>).
/// The whole file is checked first; it is applied in one transaction or not at all. A value that
/// changes is kept as a revision (methods.md §1).
/// </summary>
public sealed class IndicatorValueImporter(ApiDbContext db, TimeProvider time)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    // A delivered rate may be rounded to two decimals; anything further off contradicts its counts.
    private const double RoundingTolerance = 0.0051;

    private static readonly CsvColumn[] Columns =
    [
        new("socialSpace", true, "Sozialraum"),
        new("indicator", true, "Indikator"),
        new("year", true, "Jahr"),
        new("value", false, "Wert"),
        new("numerator", false, "Zähler"),
        new("denominator", false, "Nenner"),
        new("provisional", false, "vorläufig"),
    ];

    public async Task<ImportBatch> ImportAsync(Stream csv, ImportRequest request, CancellationToken cancellationToken)
    {
        var spaces = await db.SocialSpaces.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Key, cancellationToken);
        var rows = ReadRows(csv, request.FileName, spaces, indicators);

        var now = time.GetUtcNow().UtcDateTime;
        var batch = request.StartBatch(ImportKind.IndicatorValues, now);
        batch.RowCount = rows.Count;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        var current = await CurrentValuesAsync(rows, cancellationToken);
        var inserts = new List<ValueRow>();
        var updates = new List<(ValueRow Row, StoredValue Old)>();
        foreach (var row in rows)
        {
            if (!current.TryGetValue((row.IndicatorId, row.SocialSpaceId, row.Year), out var old))
            {
                inserts.Add(row);
            }
            else if (row.SameAs(old))
            {
                batch.UnchangedCount++;
            }
            else
            {
                updates.Add((row, old));
            }
        }

        await new BulkWriter<IndicatorValue>(db, ValueColumns).InsertAsync(inserts.Select(r => r.Columns(batch.Id)), now, cancellationToken);
        await new BulkWriter<IndicatorValueRevision>(db, RevisionColumns)
            .InsertAsync(updates.Select(u => u.Old.Revision(batch.Id)), now, cancellationToken);
        await new BulkWriter<IndicatorValue>(db, ValueColumns)
            .UpdateAsync(nameof(IndicatorValue.Id), updates.Select(u => (u.Old.Id, u.Row.Columns(batch.Id))), now, cancellationToken);
        batch.InsertedCount = inserts.Count;
        batch.UpdatedCount = updates.Count;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch;
    }

    private static readonly string[] ValueColumns =
    [
        nameof(IndicatorValue.IndicatorId), nameof(IndicatorValue.SocialSpaceId), nameof(IndicatorValue.Year),
        nameof(IndicatorValue.Value), nameof(IndicatorValue.Numerator), nameof(IndicatorValue.Denominator),
        nameof(IndicatorValue.IsProvisional), nameof(IndicatorValue.ImportBatchId), nameof(IndicatorValue.UpdatedAt),
    ];

    private static readonly string[] RevisionColumns =
    [
        nameof(IndicatorValueRevision.IndicatorId), nameof(IndicatorValueRevision.SocialSpaceId), nameof(IndicatorValueRevision.Year),
        nameof(IndicatorValueRevision.Value), nameof(IndicatorValueRevision.Numerator), nameof(IndicatorValueRevision.Denominator),
        nameof(IndicatorValueRevision.IsProvisional), nameof(IndicatorValueRevision.ImportBatchId),
        nameof(IndicatorValueRevision.ReplacedByImportBatchId), nameof(IndicatorValueRevision.ReplacedAt),
    ];

    /// <summary>The stored values of the delivered indicators, compact and untracked.</summary>
    private async Task<Dictionary<(int, int, int), StoredValue>> CurrentValuesAsync(List<ValueRow> rows, CancellationToken cancellationToken)
    {
        var indicatorIds = rows.Select(r => r.IndicatorId).Distinct().ToList();
        var current = new Dictionary<(int, int, int), StoredValue>();
        await foreach (var v in db.IndicatorValues.AsNoTracking()
                           .Where(v => indicatorIds.Contains(v.IndicatorId))
                           .Select(v => new StoredValue(v.Id, v.IndicatorId, v.SocialSpaceId, v.Year, v.Value, v.Numerator, v.Denominator, v.IsProvisional, v.ImportBatchId))
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            current[(v.IndicatorId, v.SocialSpaceId, v.Year)] = v;
        }

        return current;
    }

    private static List<ValueRow> ReadRows(
        Stream csv, string fileName, Dictionary<string, int> spaces, Dictionary<string, Indicator> indicators)
    {
        var rows = new List<ValueRow>();
        var seen = new Dictionary<(int, int, int), int>();
        using var table = CsvTable.Open(csv, fileName, Columns);
        foreach (var row in table.Rows())
        {
            if (Read(row, spaces, indicators) is not { } value)
            {
                continue;
            }

            if (seen.TryGetValue((value.IndicatorId, value.SocialSpaceId, value.Year), out var firstLine))
            {
                row.Problem("year", $"Derselbe Sozialraum, Indikator und dasselbe Jahr stehen schon in Zeile {firstLine}.");
                continue;
            }

            seen.Add((value.IndicatorId, value.SocialSpaceId, value.Year), row.Line);
            rows.Add(value);
        }

        if (rows.Count == 0 && !table.Problems.Any)
        {
            table.Problems.Add(0, 0, null, "Die Datei enthält keine Werte.");
        }

        table.Problems.ThrowIfAny();
        return rows;
    }

    private static ValueRow? Read(CsvRow row, Dictionary<string, int> spaces, Dictionary<string, Indicator> indicators)
    {
        var spaceKey = row.Text("socialSpace");
        if (!spaces.TryGetValue(spaceKey, out var spaceId))
        {
            row.Problem("socialSpace", spaceKey.Length == 0 ? "Der Sozialraum fehlt." : $"Den Sozialraum '{spaceKey}' gibt es nicht.");
        }

        var indicatorKey = row.Text("indicator");
        if (!indicators.TryGetValue(indicatorKey, out var indicator))
        {
            row.Problem("indicator", indicatorKey.Length == 0 ? "Der Indikator fehlt." : $"Den Indikator '{indicatorKey}' gibt es nicht.");
        }
        else if (indicator.RetiredAt is not null)
        {
            row.Problem("indicator", $"Der Indikator '{indicatorKey}' ist stillgelegt und nimmt keine neuen Werte an.");
            indicator = null;
        }

        var year = row.Integer("year", MinYear, MaxYear);
        var value = row.Number("value");
        var numerator = row.Number("numerator");
        var denominator = row.Number("denominator");
        var provisional = row.Boolean("provisional");
        if (indicator is null || spaceId == 0 || year is null || provisional is null)
        {
            return null;
        }

        // A cell that is there but unreadable was reported already; do not guess around it.
        if (Unreadable(row, "value", value) || Unreadable(row, "numerator", numerator) || Unreadable(row, "denominator", denominator))
        {
            return null;
        }

        var derived = Derive(row, indicator, value, numerator, denominator);
        return derived is null
            ? null
            : new ValueRow(indicator.Id, spaceId, year.Value, derived.Value, numerator, denominator, provisional.Value);
    }

    private static bool Unreadable(CsvRow row, string column, double? number) => number is null && row.Text(column).Length > 0;

    /// <summary>The value to store: as delivered, or for a rate with counts numerator ÷ denominator × scale.</summary>
    private static double? Derive(CsvRow row, Indicator indicator, double? value, double? numerator, double? denominator)
    {
        if (numerator is null != denominator is null)
        {
            row.Problem(numerator is null ? "numerator" : "denominator", "Zähler und Nenner gehören zusammen: beide oder keiner.");
            return null;
        }

        if (numerator is null || denominator is null)
        {
            if (value is null)
            {
                row.Problem("value", "Der Wert fehlt (oder Zähler und Nenner).");
            }

            return value;
        }

        if (!indicator.IsRate)
        {
            row.Problem("numerator", $"'{indicator.Key}' ist kein Quotient: Zähler und Nenner passen nicht dazu.");
            return null;
        }

        if (denominator <= 0)
        {
            row.Problem("denominator", "Der Nenner muss größer als 0 sein.");
            return null;
        }

        if (indicator.Unit == IndicatorUnit.Percent && (numerator < 0 || numerator > denominator))
        {
            row.Problem("numerator", $"Der Zähler ({numerator}) liegt nicht zwischen 0 und dem Nenner ({denominator}).");
            return null;
        }

        var rate = numerator.Value / denominator.Value * indicator.Scale;
        if (value is not null && Math.Abs(value.Value - rate) > RoundingTolerance)
        {
            row.Problem("value", $"Der Wert {value} passt nicht zu Zähler ÷ Nenner × {indicator.Scale} = {rate:0.####}.");
            return null;
        }

        return rate;
    }

    private sealed record StoredValue(
        int Id, int IndicatorId, int SocialSpaceId, int Year, double Value, double? Numerator, double? Denominator, bool IsProvisional, int ImportBatchId)
    {
        public object?[] Revision(int replacedBy) =>
            [IndicatorId, SocialSpaceId, Year, Value, Numerator, Denominator, IsProvisional, ImportBatchId, replacedBy, BulkWriter.Now];
    }

    private readonly record struct ValueRow(
        int IndicatorId, int SocialSpaceId, int Year, double Value, double? Numerator, double? Denominator, bool IsProvisional)
    {
        public bool SameAs(StoredValue v) =>
            v.Value.Equals(Value) && v.Numerator.Equals(Numerator) && v.Denominator.Equals(Denominator) && v.IsProvisional == IsProvisional;

        public object?[] Columns(int batchId) =>
            [IndicatorId, SocialSpaceId, Year, Value, Numerator, Denominator, IsProvisional, batchId, BulkWriter.Now];
    }
}
