using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SozialHub.Api.Tests.ImportWorkflow;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Reports;

/// <summary>The Sozialbericht: the demo report renders, placeholders are checked by line, publishing freezes the numbers, drafts stay with planners.</summary>
[Collection(ApiCollection.Collection)]
public sealed partial class SocialReportTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_demo_report_renders_every_placeholder_with_the_portals_numbers(DatabaseProvider provider)
    {
        var api = await ImportApi.SharedAsync(environment, provider);
        var seedTexts = Directory.GetFiles(ReportApi.SeedFolder, "*.md").Select(File.ReadAllText).ToList();
        var template = File.ReadAllText(Path.Combine(ReportApi.SeedFolder, "template.md"));

        var draft = await api.ReportAsync(ImportApi.Planner, select: $"isPublished draft {{ chapters {{ key }} preview {{ report {{ {ReportApi.Rendered} }} errors {{ message }} }} }}");
        var ranking = await api.Client().QueryAsync(
            "{ indicator(key: \"sgb2_share\") { ranking(year: 2024) { socialSpace { name } value cityValue } } }");

        Assert.False(draft.GetProperty("isPublished").GetBoolean());
        var preview = draft.GetProperty("draft").GetProperty("preview");
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        var report = preview.GetProperty("report");
        var sections = report.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(template.Split('\n').Count(l => l.StartsWith("# ", StringComparison.Ordinal)), sections.Count);
        Assert.Equal(seedTexts.Sum(t => BlockPattern().Matches(t).Count), report.GetProperty("tables").GetArrayLength());
        Assert.All(sections, s => Assert.DoesNotContain("{{", s.GetProperty("html").GetString(), StringComparison.Ordinal));
        Assert.Contains(sections, s => s.GetProperty("html").GetString()!.Contains("Synthetische Demodaten", StringComparison.Ordinal));

        // The first sgb2_share table over the whole city shows the public ranking's values.
        var table = report.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("caption").GetString() == "SGB-II-Quote 2024 je Sozialraum");
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("heading").GetString()!.TrimEnd(' ', '*'));
        var ranked = ranking.GetProperty("indicator").GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(ranked.Count + 1, rows.Count);
        foreach (var space in ranked)
        {
            var cell = rows[space.GetProperty("socialSpace").GetProperty("name").GetString()!].GetProperty("cells")[1];
            Assert.Equal(Nullable(space.GetProperty("value")), Nullable(cell.GetProperty("value")));
        }

        Assert.Equal(ranked[0].GetProperty("cityValue").GetDouble(), rows["Stadt gesamt"].GetProperty("cells")[1].GetProperty("value").GetDouble(), 9);
        Assert.Equal(
            ranked[0].GetProperty("cityValue").GetDouble().ToString("#,##0.0", CultureInfo.GetCultureInfo("de-DE")),
            rows["Stadt gesamt"].GetProperty("cells")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unknown_placeholder_or_parameter_is_refused_naming_its_line_and_nothing_is_stored()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var input = new
        {
            year = 2031,
            template = "# Überblick\n\nText\n{{ tabel indicator=sgb2_share }}\n{{ table indicator=sgb2_share jahr=2024 }}\n{{ chapter key=a }}",
            chapters = new[] { new { key = "a", text = "Erste Zeile\nDie Quote: {{ figure indicator=no_such_indicator }}." } },
        };

        var preview = await api.ReportPreviewAsync(input);
        var saved = await api.MutateAsync("saveSocialReportDraft", "SocialReportDraftInput", input);
        var stored = await api.ReportAsync(ImportApi.Planner, 2031, "year");

        Assert.Equal(JsonValueKind.Null, preview.GetProperty("report").ValueKind);
        Assert.Equal(
        [
            "Vorlage, Zeile 4: Unbekannter Platzhalter „tabel“. Erlaubt sind: table, chart, map, socialindex, figure, chapter.",
            "Vorlage, Zeile 5: Der Platzhalter „table“ kennt den Parameter „jahr“ nicht. Erlaubt sind: indicator, year, area.",
            "Kapitel „a“, Zeile 2: Es gibt keinen Indikator „no_such_indicator“.",
        ], preview.Messages());
        Assert.Equal(["template", "template", "chapters"], preview.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(preview.Messages(), saved.Messages());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("report").ValueKind);
        Assert.Equal(JsonValueKind.Null, stored.ValueKind);
    }

    [Fact]
    public async Task A_block_placeholder_inside_a_sentence_and_a_year_without_data_are_refused()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);

        var preview = await api.ReportPreviewAsync(new
        {
            year = 2024,
            template = "# A\nSiehe {{ map indicator=sgb2_share }} hier.\n{{ table indicator=sgb2_share year=1990 }}\n{{ chart indicator=sgb2_share year=2024 }}",
            chapters = Array.Empty<object>(),
        });

        Assert.Equal(
        [
            "Vorlage, Zeile 2: Der Platzhalter „map“ muss allein in seiner Zeile stehen.",
            "Vorlage, Zeile 3: Für „sgb2_share“ gibt es im Jahr 1990 keine Werte.",
            "Vorlage, Zeile 4: Der Platzhalter „chart“ kennt den Parameter „year“ nicht. Erlaubt sind: indicator, space, from, to.",
        ], preview.Messages());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_published_report_is_unchanged_by_a_later_import_while_the_draft_follows_it(DatabaseProvider provider)
    {
        await using var api = await ImportApi.StartAsync(environment, provider, ReportApi.SlowMachine);
        var published = await api.PublishAsync();
        var before = (await api.ReportAsync(null)).GetProperty("content").ToString();
        var draftBefore = await DraftTablesAsync(api);

        var upload = await api.UploadIdAsync(ImportApi.Header
            + "roden-nord;sgb2_share;2024;;400;1500\nfraulautern-mitte;sgb2_share;2024;;390;1400\nroden-nord;population;2024;1900;;\n");
        var applied = await api.ApplyAsync(new { uploadId = upload, source = "Jobcenter" });
        var after = (await api.ReportAsync(null)).GetProperty("content").ToString();
        var draftAfter = await DraftTablesAsync(api);

        Assert.Empty(published.GetProperty("errors").EnumerateArray());
        Assert.True(published.GetProperty("report").GetProperty("isPublished").GetBoolean());
        Assert.Equal(3, applied.GetProperty("batch").GetProperty("updatedCount").GetInt32());
        Assert.Equal(before, after);
        Assert.NotEqual(draftBefore, draftAfter);
        Assert.Contains("Roden-Nord", before, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Drafts_are_invisible_to_everyone_but_planners_until_published(DatabaseProvider provider)
    {
        await using var api = await ImportApi.StartAsync(environment, provider, ReportApi.SlowMachine);
        const string List = "{ socialReports { year isPublished } }";

        var anonymous = await api.Client().QueryAsync(List);
        var citizen = await api.Client(ReportApi.Citizen).QueryAsync(List);
        var planner = await api.Client(ImportApi.Planner).QueryAsync(List);
        var single = await api.ReportAsync(ReportApi.Citizen, select: "year");
        var (draftStatus, _) = await DraftFieldAsync(api);
        await api.PublishAsync();
        var afterwards = await api.ReportAsync(null, select: "year isPublished content { sections { title } }");

        Assert.Empty(anonymous.GetProperty("socialReports").EnumerateArray());
        Assert.Empty(citizen.GetProperty("socialReports").EnumerateArray());
        Assert.Equal([(ReportApi.DemoYear, false)],
            planner.GetProperty("socialReports").EnumerateArray().Select(r => (r.GetProperty("year").GetInt32(), r.GetProperty("isPublished").GetBoolean())));
        Assert.Equal(JsonValueKind.Null, single.ValueKind);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, draftStatus);
        Assert.True(afterwards.GetProperty("isPublished").GetBoolean());
        Assert.NotEmpty(afterwards.GetProperty("content").GetProperty("sections").EnumerateArray());
    }

    [Fact]
    public async Task A_saved_draft_replaces_template_and_chapters_and_publishing_a_missing_year_is_refused()
    {
        await using var api = await ImportApi.StartAsync(environment, DatabaseProvider.Sqlite, ReportApi.SlowMachine);
        var input = new { year = 2023, template = "# Kurz\n{{ chapter key=eins }}\n{{ map indicator=sgb2_share }}", chapters = new[] { new { key = "eins", text = "Quote {{ figure indicator=sgb2_share space=roden-nord }}" } } };

        var saved = await api.MutateAsync("saveSocialReportDraft", "SocialReportDraftInput", input);
        var stored = await api.ReportAsync(ImportApi.Planner, 2023, "draft { template chapters { key text } draftBy preview { report { sections { html } tables { kind mapValues { socialSpace value } } } } }");
        var missing = await api.PublishAsync(2031);

        Assert.Empty(saved.GetProperty("errors").EnumerateArray());
        var draft = stored.GetProperty("draft");
        Assert.Equal(input.template, draft.GetProperty("template").GetString());
        Assert.Equal("Paula Planerin", draft.GetProperty("draftBy").GetString());
        Assert.Equal("eins", Assert.Single(draft.GetProperty("chapters").EnumerateArray()).GetProperty("key").GetString());
        Assert.Matches(@"Quote \d+,\d %", draft.GetProperty("preview").GetProperty("report").GetProperty("sections")[0].GetProperty("html").GetString());
        var map = Assert.Single(draft.GetProperty("preview").GetProperty("report").GetProperty("tables").EnumerateArray());
        Assert.Equal(("MAP", 28), (map.GetProperty("kind").GetString(), map.GetProperty("mapValues").GetArrayLength()));
        Assert.Equal(("year", "NOT_FOUND"), (missing.GetProperty("errors")[0].GetProperty("field").GetString(), missing.GetProperty("errors")[0].GetProperty("code").GetString()));
    }

    private static async Task<string> DraftTablesAsync(ImportApi api) =>
        (await api.ReportAsync(ImportApi.Planner, select: "draft { preview { report { tables { rows { cells { text } } } } } }")).ToString();

    private static async Task<(System.Net.HttpStatusCode, string)> DraftFieldAsync(ImportApi api)
    {
        using var response = await api.Client().PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = "{ socialReport(year: 2024) { draft { template } } }" }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static double? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : Math.Round(value.GetDouble(), 9);

    [GeneratedRegex(@"\{\{\s*(table|chart|map|socialindex)\b")]
    private static partial Regex BlockPattern();
}
