using System.Text.Json;
using SozialHub.Api.Tests.ImportWorkflow;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Reports;

/// <summary>The report's GraphQL operations over an <see cref="ImportApi"/> (which brings the planner and the import workflow).</summary>
internal static class ReportApi
{
    public const int DemoYear = 2024;

    public const string Rendered = "year sections { key title html parts { html table { id } } } "
        + "tables { id kind caption rowHeader columns { label numeric } rows { heading total cells { text value suppressed } } notes mapValues { socialSpace value class } }";

    public static readonly TestToken Citizen = TestToken.Person("citizen") with { Subject = "citizen-1", Name = "Clara Citizen" };

    /// <summary>Rendering the whole demo report on a busy two-core test machine can pass the default 10 s execution limit.</summary>
    public static readonly (string, string?) SlowMachine = ("GraphQL:ExecutionTimeout", "00:01:00");

    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seed", "report");

    public static async Task<JsonElement> ReportAsync(this ImportApi api, TestToken? token, int year = DemoYear, string select = $"isPublished content {{ {Rendered} }}") =>
        (await api.Client(token).QueryAsync($"query($year: Int!) {{ socialReport(year: $year) {{ {select} }} }}", new { year })).GetProperty("socialReport");

    public static async Task<JsonElement> ReportPreviewAsync(this ImportApi api, object input) =>
        (await api.Client(ImportApi.Planner).QueryAsync(
            $"query($input: SocialReportDraftInput!) {{ previewSocialReport(input: $input) {{ report {{ {Rendered} }} errors {{ field code message }} }} }}",
            new { input })).GetProperty("previewSocialReport");

    public static async Task<JsonElement> MutateAsync(this ImportApi api, string mutation, string inputType, object input) =>
        (await api.Client(ImportApi.Planner).QueryAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ report {{ year isPublished publishedAt }} errors {{ field code message }} }} }}",
            new { input })).GetProperty(mutation);

    public static Task<JsonElement> PublishAsync(this ImportApi api, int year = DemoYear) =>
        api.MutateAsync("publishSocialReport", "PublishSocialReportInput", new { year });

    public static List<string> Messages(this JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
}
