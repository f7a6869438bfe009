using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.ActionFields;

/// <summary>
/// Imports action fields from a CSV (<c>key;name;sortOrder</c>); each description is Markdown, read
/// by key (in the seed: <c>action-fields/{key}.md</c> beside the CSV). Updates existing fields by key.
/// </summary>
public sealed class ActionFieldImporter(ApiDbContext db, TimeProvider time)
{
    private static readonly CsvColumn[] Columns =
    [
        new("key", true, "Schlüssel"),
        new("name", true, "Name"),
        new("sortOrder", false, "Reihenfolge"),
    ];

    public async Task<ImportBatch> ImportAsync(
        Stream csv, ImportRequest request, Func<string, string?> descriptionOf, CancellationToken cancellationToken)
    {
        var rows = new List<ActionField>();
        using (var table = CsvTable.Open(csv, request.FileName, Columns))
        {
            foreach (var row in table.Rows())
            {
                var key = row.RequiredText("key", Limits.Key);
                if (key is not null && !SocialSpaceImporter.KeyPattern().IsMatch(key))
                {
                    row.Problem("key", $"'{key}' ist kein gültiger Schlüssel.");
                }

                var name = row.RequiredText("name", Limits.Name);
                var order = table.Has("sortOrder") ? row.Integer("sortOrder", 0, 1000) : rows.Count + 1;
                if (key is not null && rows.Any(r => r.Key == key))
                {
                    row.Problem("key", $"Der Schlüssel '{key}' kommt mehrfach vor.");
                }

                if (key is not null && name is not null && order is not null)
                {
                    rows.Add(new ActionField { Key = key, Name = name, SortOrder = order.Value, Description = descriptionOf(key) ?? "" });
                }
            }

            table.Problems.ThrowIfAny();
        }

        var existing = await db.ActionFields.ToDictionaryAsync(a => a.Key, cancellationToken);
        var batch = request.StartBatch(ImportKind.ActionFields, time.GetUtcNow().UtcDateTime);
        batch.RowCount = rows.Count;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Key, out var field))
            {
                db.ActionFields.Add(row);
                batch.InsertedCount++;
            }
            else if (field.Name == row.Name && field.SortOrder == row.SortOrder && field.Description == row.Description)
            {
                batch.UnchangedCount++;
            }
            else
            {
                (field.Name, field.SortOrder, field.Description) = (row.Name, row.SortOrder, row.Description);
                batch.UpdatedCount++;
            }
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}
