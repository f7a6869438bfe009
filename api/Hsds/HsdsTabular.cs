using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SozialHub.Api.Hsds;

/// <summary>
/// The HSDS tabular data package: the nested services flattened into one CSV per HSDS object (services.csv,
/// organizations.csv, locations.csv, …; RFC 4180, UTF-8) and a <c>datapackage.json</c> that describes them.
/// </summary>
public static class HsdsTabular
{
    /// <summary>Nested objects go to the table of their kind; list properties already carry HSDS' plural table names.</summary>
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["organization"] = "organizations", ["location"] = "locations", ["service"] = "services", ["taxonomy_term"] = "taxonomy_terms",
    };

    public static byte[] Zip(IReadOnlyList<HsdsService> services, IEnumerable<HsdsTaxonomy> taxonomies, JsonSerializerOptions json)
    {
        var tables = new Dictionary<string, Dictionary<string, Dictionary<string, JsonValue>>>();
        foreach (var service in JsonSerializer.SerializeToNode(services, json)!.AsArray())
        {
            Walk(service!.AsObject(), "services", tables);
        }

        foreach (var taxonomy in JsonSerializer.SerializeToNode(taxonomies, json)!.AsArray())
        {
            Walk(taxonomy!.AsObject(), "taxonomies", tables);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = new JsonArray();
            foreach (var (table, rows) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var columns = rows.Values.SelectMany(r => r.Keys).Distinct().ToList();
                Write(zip, table + ".csv", Csv(columns, rows.Values));
                resources.Add(Resource(table, columns, rows.Values));
            }

            var package = new JsonObject
            {
                ["name"] = "sozialhub-hsds",
                ["title"] = "SozialHub: Angebote, Träger und Orte (HSDS 3.1)",
                ["profile"] = "tabular-data-package",
                ["resources"] = resources,
            };
            Write(zip, "datapackage.json", package.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return buffer.ToArray();
    }

    private static void Walk(JsonObject record, string table, Dictionary<string, Dictionary<string, Dictionary<string, JsonValue>>> tables)
    {
        var row = new Dictionary<string, JsonValue>();
        foreach (var (name, value) in record)
        {
            switch (value)
            {
                case JsonArray list:
                    foreach (var item in list)
                    {
                        Walk(item!.AsObject(), Tables.GetValueOrDefault(name, name), tables);
                    }

                    break;
                case JsonObject child:
                    Walk(child, Tables.GetValueOrDefault(name, name), tables);
                    break;
                case JsonValue scalar:
                    row[name] = scalar;
                    break;
            }
        }

        if (!tables.TryGetValue(table, out var rows))
        {
            tables[table] = rows = [];
        }

        rows.TryAdd(row["id"].GetValue<string>(), row);
    }

    private static string Csv(List<string> columns, IEnumerable<Dictionary<string, JsonValue>> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', columns).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', columns.Select(c => row.TryGetValue(c, out var value) ? Field(value) : "")).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(JsonValue value)
    {
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static JsonObject Resource(string table, List<string> columns, IEnumerable<Dictionary<string, JsonValue>> rows)
    {
        var fields = new JsonArray();
        foreach (var column in columns)
        {
            var kind = rows.Select(r => r.GetValueOrDefault(column)?.GetValueKind()).FirstOrDefault(k => k is not null);
            fields.Add(new JsonObject
            {
                ["name"] = column,
                ["type"] = kind switch { JsonValueKind.Number => "number", JsonValueKind.True or JsonValueKind.False => "boolean", _ => "string" },
            });
        }

        return new JsonObject
        {
            ["name"] = table, ["path"] = table + ".csv", ["profile"] = "tabular-data-resource", ["format"] = "csv",
            ["mediatype"] = "text/csv", ["encoding"] = "utf-8", ["schema"] = new JsonObject { ["fields"] = fields },
        };
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
