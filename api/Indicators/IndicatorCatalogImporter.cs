using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Indicators;

/// <summary>Imports or updates indicator definitions from a CSV catalogue, matched by key.</summary>
public sealed class IndicatorCatalogImporter(ApiDbContext db, TimeProvider time)
{
    private static readonly CsvColumn[] Columns =
    [
        new("key", true, "Schlüssel"),
        new("name", true, "Name"),
        new("unit", true, "Einheit"),
        new("polarity", true, "Polarität"),
        new("actionField", false, "Handlungsfeld"),
        new("source", false, "Quelle"),
        new("numerator", false, "Zähler"),
        new("denominator", false, "Nenner"),
        new("scale", false, "Faktor"),
        new("suppressionThreshold", false, "Sperrgrenze"),
        new("statusIndex", false, "Statusindex"),
        new("definition", false, "Definition"),
    ];

    public async Task<ImportBatch> ImportAsync(Stream csv, ImportRequest request, CancellationToken cancellationToken)
    {
        var actionFields = await db.ActionFields.ToDictionaryAsync(a => a.Key, a => a.Id, cancellationToken);
        var rows = new Dictionary<string, Indicator>();
        using (var table = CsvTable.Open(csv, request.FileName, Columns))
        {
            foreach (var row in table.Rows())
            {
                if (Read(row, actionFields) is { } indicator && !rows.TryAdd(indicator.Key, indicator))
                {
                    row.Problem("key", $"Der Schlüssel '{indicator.Key}' kommt mehrfach vor.");
                }
            }

            table.Problems.ThrowIfAny();
        }

        var existing = await db.Indicators.ToDictionaryAsync(i => i.Key, cancellationToken);
        var batch = request.StartBatch(ImportKind.IndicatorCatalog, time.GetUtcNow().UtcDateTime);
        batch.RowCount = rows.Count;
        foreach (var row in rows.Values)
        {
            if (!existing.TryGetValue(row.Key, out var indicator))
            {
                db.Indicators.Add(row);
                batch.InsertedCount++;
                continue;
            }

            db.Entry(indicator).CurrentValues.SetValues(new
            {
                row.Name, row.Definition, row.Unit, row.Polarity, row.ActionFieldId, row.Source,
                row.NumeratorLabel, row.DenominatorLabel, row.Scale, row.SuppressionThreshold, row.InStatusIndex,
            });
            if (db.Entry(indicator).State == EntityState.Modified)
            {
                batch.UpdatedCount++;
            }
            else
            {
                batch.UnchangedCount++;
            }
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    private static Indicator? Read(CsvRow row, Dictionary<string, int> actionFields)
    {
        var key = row.RequiredText("key", Limits.Key);
        if (key is not null && !SocialSpaceImporter.KeyPattern().IsMatch(key))
        {
            row.Problem("key", $"'{key}' ist kein gültiger Schlüssel.");
            key = null;
        }

        var name = row.RequiredText("name", Limits.Name);
        var unitText = row.Text("unit");
        if (!IndicatorVocabulary.TryParseUnit(unitText, out var unit))
        {
            row.Problem("unit", $"'{unitText}' ist keine bekannte Einheit (count, %, per 100, per 1000, m²/inh.).");
        }

        var polarityText = row.Text("polarity");
        if (!IndicatorVocabulary.TryParsePolarity(polarityText, out var polarity))
        {
            row.Problem("polarity", $"'{polarityText}' ist keine Polarität (higher_is_worse, higher_is_better, context).");
        }

        int? actionFieldId = null;
        var actionFieldKey = row.Text("actionField");
        if (actionFieldKey.Length > 0)
        {
            if (actionFields.TryGetValue(actionFieldKey, out var id))
            {
                actionFieldId = id;
            }
            else
            {
                row.Problem("actionField", $"Das Handlungsfeld '{actionFieldKey}' gibt es nicht.");
            }
        }

        var numerator = Optional(row, "numerator", Limits.Name);
        var denominator = Optional(row, "denominator", Limits.Name);
        var source = Optional(row, "source", Limits.Source) ?? "";
        var scale = row.Text("scale").Length > 0 ? row.Integer("scale", 1, 1_000_000) : unit.DefaultScale();
        var threshold = row.Text("suppressionThreshold").Length > 0 ? row.Integer("suppressionThreshold", 0, 1000) : 3;
        var inStatusIndex = row.Boolean("statusIndex");
        if (key is null || name is null || scale is null || threshold is null || inStatusIndex is null)
        {
            return null;
        }

        return new Indicator
        {
            Key = key,
            Name = name,
            Unit = unit,
            Polarity = polarity,
            ActionFieldId = actionFieldId,
            Source = source,
            NumeratorLabel = numerator,
            DenominatorLabel = denominator,
            Scale = scale.Value,
            SuppressionThreshold = threshold.Value,
            InStatusIndex = inStatusIndex.Value,
            Definition = row.Text("definition"),
        };
    }

    private static string? Optional(CsvRow row, string column, int maxLength)
    {
        var text = row.Text(column);
        if (text.Length > maxLength)
        {
            row.Problem(column, $"Der Wert ist länger als {maxLength} Zeichen.");
        }

        return text.Length == 0 ? null : text;
    }
}
