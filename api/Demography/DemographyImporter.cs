using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Demography;

/// <summary>
/// Imports one kind of demographic input from a CSV (<c>year;socialSpace;age;sex;value</c>, socialSpace empty for the
/// city-wide rates). The file replaces all values of its kind in one transaction; a file with any problem stores nothing.
/// </summary>
public sealed class DemographyImporter(ApiDbContext db, TimeProvider time)
{
    private static readonly CsvColumn[] Columns =
    [
        new("year", true, "Jahr"),
        new("socialSpace", false, "Sozialraum"),
        new("age", true, "Alter"),
        new("sex", true, "Geschlecht"),
        new("value", true, "Wert"),
    ];

    private static readonly Dictionary<string, Sex> Sexes = new()
    {
        ["m"] = Sex.Male, ["männlich"] = Sex.Male, ["male"] = Sex.Male,
        ["f"] = Sex.Female, ["w"] = Sex.Female, ["weiblich"] = Sex.Female, ["female"] = Sex.Female,
    };

    private static readonly string[] ValueColumns =
    [
        nameof(DemographicValue.Kind), nameof(DemographicValue.Year), nameof(DemographicValue.SocialSpaceId), nameof(DemographicValue.Age),
        nameof(DemographicValue.Sex), nameof(DemographicValue.Value), nameof(DemographicValue.ImportBatchId), nameof(DemographicValue.UpdatedAt),
    ];

    public async Task<ImportBatch> ImportAsync(Stream csv, DemographicKind kind, ImportRequest request, CancellationToken cancellationToken)
    {
        var spaces = await db.SocialSpaces.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Id, cancellationToken);
        List<DemographicValue> rows;
        using (var table = CsvTable.Open(csv, request.FileName, Columns))
        {
            rows = Read(table, kind, spaces);
            table.Problems.ThrowIfAny();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var batch = request.StartBatch(ImportKind.Demography, now);
        batch.RowCount = rows.Count;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        batch.UpdatedCount = await db.DemographicValues.Where(v => v.Kind == kind).ExecuteDeleteAsync(cancellationToken);
        batch.InsertedCount = rows.Count;
        await new BulkWriter<DemographicValue>(db, ValueColumns).InsertAsync(
            rows.Select(r => new object?[] { (int)kind, r.Year, r.SocialSpaceId, r.Age, (int)r.Sex, r.Value, batch.Id, BulkWriter.Now }),
            now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch;
    }

    private static List<DemographicValue> Read(CsvTable table, DemographicKind kind, Dictionary<string, int> spaces)
    {
        var rows = new List<DemographicValue>();
        var seen = new HashSet<(int?, int, Sex)>();
        var perSpace = kind is DemographicKind.Population or DemographicKind.NetMigration;
        foreach (var row in table.Rows())
        {
            var year = row.Integer("year", 1900, 2200);
            var space = SpaceOf(row, perSpace, spaces);
            var age = row.Integer("age", 0, Ages.Open);
            var sex = row.Choice("sex", Sexes);
            var value = ValueOf(row, kind);
            if (kind == DemographicKind.Fertility && sex == Sex.Male)
            {
                row.Problem("sex", "Geburtenziffern gelten für Frauen (w).");
            }

            if (year is null || space is null && perSpace || age is null || sex is null || value is null)
            {
                continue;
            }

            if (rows.Count > 0 && rows[0].Year != year)
            {
                row.Problem("year", $"Alle Zeilen müssen dasselbe Jahr haben ({rows[0].Year}).");
            }
            else if (!seen.Add((space, age.Value, sex.Value)))
            {
                row.Problem("age", $"Alter {age} und Geschlecht kommen für diesen Sozialraum mehrfach vor.");
            }
            else
            {
                rows.Add(new DemographicValue { Kind = kind, Year = year.Value, SocialSpaceId = space, Age = age.Value, Sex = sex.Value, Value = value.Value });
            }
        }

        if (kind == DemographicKind.Survival && table.Problems.All.Count == 0 && rows.Count != Ages.Count * 2)
        {
            table.Problems.Add(0, 0, null, $"Die Sterbetafel braucht für jedes Alter von 0 bis {Ages.Open} und beide Geschlechter einen Wert.");
        }

        return rows;
    }

    private static int? SpaceOf(CsvRow row, bool perSpace, Dictionary<string, int> spaces)
    {
        var key = row.Text("socialSpace");
        if (!perSpace)
        {
            if (key.Length > 0)
            {
                row.Problem("socialSpace", "Diese Raten gelten für die ganze Stadt; die Spalte bleibt leer.");
            }

            return null;
        }

        if (spaces.TryGetValue(key, out var id))
        {
            return id;
        }

        row.Problem("socialSpace", key.Length == 0 ? "Der Wert fehlt." : $"Den Sozialraum '{key}' gibt es nicht.");
        return null;
    }

    private static double? ValueOf(CsvRow row, DemographicKind kind)
    {
        var value = row.Number("value");
        var (min, max, what) = kind switch
        {
            DemographicKind.Population => (0.0, 1_000_000.0, "keine Einwohnerzahl von 0 bis 1.000.000 (ganze Zahl)"),
            DemographicKind.Survival => (0.0, 1.0, "keine Wahrscheinlichkeit von 0 bis 1"),
            DemographicKind.Fertility => (0.0, 1.0, "keine Geburtenziffer von 0 bis 1"),
            _ => (-100_000.0, 100_000.0, "kein Saldo von −100.000 bis 100.000"),
        };
        if (value is null)
        {
            if (row.Text("value").Length == 0)
            {
                row.Problem("value", "Der Wert fehlt.");
            }

            return null;
        }

        if (value < min || value > max || kind == DemographicKind.Population && value != Math.Floor(value.Value))
        {
            row.Problem("value", $"'{row.Text("value")}' ist {what}.");
            return null;
        }

        return value;
    }
}
