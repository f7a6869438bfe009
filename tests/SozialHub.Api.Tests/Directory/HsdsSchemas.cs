using System.Collections.Concurrent;
using System.Text.Json;
using NJsonSchema;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>The HSDS 3.1 JSON schemas copied beside the tests (Directory/hsds-3.1), loaded once each.</summary>
internal static class HsdsSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Directory", "hsds-3.1", "schema");
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new();

    /// <summary>A schema by its file name without extension, e.g. <c>service</c>; relative references resolve beside it.</summary>
    public static Task<JsonSchema> Of(string name) =>
        Loaded.GetOrAdd(name, n => new(() => n == "page" ? PageAsync() : JsonSchema.FromFileAsync(Path.Combine(Folder, n + ".json")))).Value;

    public static IReadOnlyCollection<string> Properties(JsonSchema schema) => schema.Properties.Keys.ToList();

    /// <summary>Asserts that the JSON validates against the schema, listing every violation otherwise.</summary>
    public static async Task AssertValidAsync(string schema, JsonElement json)
    {
        var errors = (await Of(schema)).Validate(json.GetRawText());
        Assert.True(errors.Count == 0, $"{schema}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{json.GetRawText()[..Math.Min(600, json.GetRawText().Length)]}");
    }

    /// <summary>The page wrapper is defined in HSDS' OpenAPI description (components/schemas/Page).</summary>
    private static async Task<JsonSchema> PageAsync()
    {
        using var openApi = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "openapi.json")));
        return await JsonSchema.FromJsonAsync(openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Page").GetRawText());
    }
}
