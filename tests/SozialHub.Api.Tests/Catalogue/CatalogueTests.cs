using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Catalogue;

/// <summary>The planners' catalogue editor: create, update, retire; every bad input refused naming the field, nothing saved.</summary>
[Collection(ApiCollection.Collection)]
public sealed class CatalogueTests(ApiEnvironment environment)
{
    private const string Fields =
        "key name definition unit polarity source periodicity numeratorLabel denominatorLabel scale suppressionThreshold inStatusIndex retiredAt actionField { key }";

    private static readonly TestToken Planner = ParticipationApi.Person("Carla Katalog", "planner");

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_planner_creates_and_updates_an_indicator(DatabaseProvider provider)
    {
        var api = await ApiAsync(provider);
        var key = $"daycare_{provider}".ToLowerInvariant();

        var created = await SucceedAsync(api, "createIndicator", Input(key) with { Definition = "Anteil der **Kinder** in einer Kita." });
        var updated = await SucceedAsync(api, "updateIndicator", Input(key) with
        {
            Name = "Betreuungsquote U3", Unit = "PER_100", Polarity = "HIGHER_IS_BETTER", ActionField = "", SuppressionThreshold = 5,
            InStatusIndex = false, Source = "Jugendamt",
        });
        var read = (await api.Client(null).QueryAsync("query($key: String!) { indicator(key: $key) { " + Fields + " } }", new { key })).GetProperty("indicator");

        Assert.Equal(key, created.GetProperty("key").GetString());
        Assert.Equal("education", created.GetProperty("actionField").GetProperty("key").GetString());
        Assert.Equal("Kinder in Kitas", created.GetProperty("numeratorLabel").GetString());
        Assert.Equal(100, created.GetProperty("scale").GetInt32());
        Assert.True(created.GetProperty("inStatusIndex").GetBoolean());
        Assert.Equal("Betreuungsquote U3", read.GetProperty("name").GetString());
        Assert.Equal("PER_100", read.GetProperty("unit").GetString());
        Assert.Equal("HIGHER_IS_BETTER", read.GetProperty("polarity").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("actionField").ValueKind);
        Assert.Equal(5, read.GetProperty("suppressionThreshold").GetInt32());
        Assert.Equal("Jugendamt", read.GetProperty("source").GetString());
        Assert.Equal("Anteil der **Kinder** in einer Kita.", created.GetProperty("definition").GetString());
        Assert.Equal("Kinder in Kitas je 100 Kinder.", updated.GetProperty("definition").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Retiring_keeps_the_values_and_hides_the_indicator_from_lists(DatabaseProvider provider)
    {
        var api = await ApiAsync(provider);
        const string key = "single_parent_share";
        var values = await ValueCountAsync(api, key);

        var retired = await SucceedAsync(api, "retireIndicator", new { key });
        var twice = await MutateAsync(api, "retireIndicator", new { key });
        var listed = await KeysAsync(api, "indicators(first: 100)");
        var withRetired = await KeysAsync(api, "indicators(first: 100, includeRetired: true)");
        var byKey = (await api.Client(null).QueryAsync("query($key: String!) { indicator(key: $key) { key retiredAt } }", new { key })).GetProperty("indicator");

        Assert.True(values > 0);
        Assert.Equal(values, await ValueCountAsync(api, key));
        Assert.NotEqual(JsonValueKind.Null, retired.GetProperty("retiredAt").ValueKind);
        Assert.Equal(("key", "ALREADY_DONE"), SingleError(twice));
        Assert.DoesNotContain(key, listed);
        Assert.Contains(key, withRetired);
        Assert.Equal(key, byKey.GetProperty("key").GetString());
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadInputs()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.MySql })
        {
            data.Add(provider, "duplicate key", "key", "CONFLICT");
            data.Add(provider, "bad key format", "key", "INVALID");
            data.Add(provider, "too long key", "key", "TOO_LONG");
            data.Add(provider, "missing name", "name", "REQUIRED");
            data.Add(provider, "unknown action field", "actionField", "NOT_FOUND");
            data.Add(provider, "negative threshold", "suppressionThreshold", "INVALID");
            data.Add(provider, "numerator without denominator", "denominatorLabel", "INVALID");
            data.Add(provider, "denominator without numerator", "numeratorLabel", "INVALID");
            data.Add(provider, "scale zero", "scale", "INVALID");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider, string problem, string field, string code)
    {
        var api = await ApiAsync(provider);
        var input = Bad(Input($"bad_{Guid.NewGuid():N}"[..20]), problem);
        var before = await CatalogueAsync(api);

        var created = await MutateAsync(api, "createIndicator", input);
        // The same input as an update of an existing indicator (a fresh key cannot be a duplicate there).
        JsonElement? updated = problem is "duplicate key" or "bad key format" or "too long key" ? null
            : await MutateAsync(api, "updateIndicator", input with { Key = "sgb2_share" });

        Assert.Equal((field, code), SingleError(created));
        if (updated is { } payload)
        {
            Assert.Equal((field, code), SingleError(payload));
        }

        Assert.Equal(before, await CatalogueAsync(api));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Updating_or_retiring_an_unknown_key_is_refused(DatabaseProvider provider)
    {
        var api = await ApiAsync(provider);

        Assert.Equal(("key", "NOT_FOUND"), SingleError(await MutateAsync(api, "updateIndicator", Input("no_such_indicator"))));
        Assert.Equal(("key", "NOT_FOUND"), SingleError(await MutateAsync(api, "retireIndicator", new { key = "no_such_indicator" })));
    }

    private static IndicatorFields Bad(IndicatorFields input, string problem) => problem switch
    {
        "duplicate key" => input with { Key = "sgb2_share" },
        "bad key format" => input with { Key = "Mit Leerzeichen" },
        "too long key" => input with { Key = new string('k', 65) },
        "missing name" => input with { Name = " " },
        "unknown action field" => input with { ActionField = "no-such-field" },
        "negative threshold" => input with { SuppressionThreshold = -1 },
        "numerator without denominator" => input with { DenominatorLabel = null },
        "denominator without numerator" => input with { NumeratorLabel = "" },
        "scale zero" => input with { Scale = 0 },
        _ => throw new ArgumentException(problem),
    };

    private sealed record IndicatorFields(
        string Key, string Name, string? Definition, string Unit, string Polarity, string? ActionField, string? Source,
        string? NumeratorLabel, string? DenominatorLabel, int? Scale, int SuppressionThreshold, bool InStatusIndex);

    private static IndicatorFields Input(string key) => new(key, "Betreuungsquote", "Kinder in Kitas je 100 Kinder.", "PERCENT", "HIGHER_IS_WORSE",
        "education", "Kreisjugendamt", "Kinder in Kitas", "Kinder unter 6", null, 3, true);

    /// <summary>An API of its own per provider: retiring an indicator must not change what other tests read.</summary>
    private Task<ParticipationApi> ApiAsync(DatabaseProvider provider) => ParticipationApi.SharedAsync(environment, provider, "catalogue");

    private static async Task<JsonElement> MutateAsync(ParticipationApi api, string mutation, object input)
    {
        var type = mutation == "retireIndicator" ? "IndicatorKeyInput" : "IndicatorInput";
        var data = await api.Client(Planner).QueryAsync(
            $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ indicator {{ {Fields} }} errors {{ field code message }} }} }}", new { input });
        return data.GetProperty(mutation);
    }

    private static async Task<JsonElement> SucceedAsync(ParticipationApi api, string mutation, object input)
    {
        var payload = await MutateAsync(api, mutation, input);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("indicator");
    }

    private static (string? Field, string Code) SingleError(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("indicator").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return (error.Text("field"), error.GetProperty("code").GetString()!);
    }

    private static async Task<List<string>> KeysAsync(ParticipationApi api, string field) =>
        [.. (await api.Client(Planner).QueryAsync($"{{ list: {field} {{ nodes {{ key }} }} }}"))
            .GetProperty("list").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!)];

    private static Task<int> ValueCountAsync(ParticipationApi api, string key) =>
        api.CountAsync(db => db.IndicatorValues.CountAsync(v => v.Indicator.Key == key));

    /// <summary>The whole catalogue as text, to compare before and after.</summary>
    private static Task<string> CatalogueAsync(ParticipationApi api) => api.Api.WithDbAsync(async db => string.Join("\n",
        await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i =>
            $"{i.Id}|{i.Key}|{i.Name}|{i.Definition}|{i.Unit}|{i.Polarity}|{i.ActionFieldId}|{i.Source}|{i.NumeratorLabel}|{i.DenominatorLabel}|{i.Scale}|{i.SuppressionThreshold}|{i.InStatusIndex}|{i.RetiredAt}")
            .ToListAsync()));
}
