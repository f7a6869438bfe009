using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.ImportWorkflow;

/// <summary>
/// The API with the demo city on a database of its own, trusting the environment's token issuer, with uploads in a
/// folder of its own: the planners' import workflow over HTTP (upload, preview, apply, rollback).
/// </summary>
public sealed class ImportApi(ApiFactory api, TestTokenIssuer issuer, string uploadFolder) : IAsyncDisposable
{
    public const string Header = "socialSpace;indicator;year;value;numerator;denominator\n";

    public static readonly TestToken Planner = TestToken.Person("planner") with { Subject = "planner-1", Name = "Paula Planerin" };

    public ApiFactory Api { get; } = api;

    /// <summary>An API of its own, for tests that apply imports.</summary>
    public static async Task<ImportApi> StartAsync(ApiEnvironment environment, DatabaseProvider provider, params (string Key, string? Value)[] settings)
    {
        var issuer = await environment.IssuerAsync();
        var folder = $"test-uploads/{Guid.NewGuid():N}";
        return new ImportApi(await environment.StartAsync(provider, "imports", loadDemoCity: true, Settings(issuer, folder, settings)), issuer, folder);
    }

    /// <summary>One API per provider shared by the tests that only upload and preview.</summary>
    public static async Task<ImportApi> SharedAsync(ApiEnvironment environment, DatabaseProvider provider)
    {
        var issuer = await environment.IssuerAsync();
        var folder = $"test-uploads/shared-{provider}";
        return new ImportApi(await environment.SharedAsync("imports-preview", provider, _ => Task.CompletedTask, true, Settings(issuer, folder, [])), issuer, folder);
    }

    private static (string, string?)[] Settings(TestTokenIssuer issuer, string folder, (string Key, string? Value)[] settings) =>
    [
        ("Identity:Authority", issuer.Authority.ToString()),
        ("Imports:UploadFolder", folder),
        .. settings,
    ];

    /// <summary>The files in this API's upload folder.</summary>
    public string[] UploadedFiles()
    {
        var root = Api.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().ContentRootPath;
        var folder = Path.Combine(root, "data", uploadFolder);
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public HttpClient Client(TestToken? token = null)
    {
        var http = Api.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Mint(token));
        }

        return http;
    }

    public async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName, TestToken? token)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await Client(token).PostAsync("/imports/files", form);
    }

    /// <summary>Uploads as the planner and returns the upload id (the test fails on any other answer).</summary>
    public async Task<string> UploadIdAsync(byte[] content, string fileName = "werte.csv")
    {
        using var response = await UploadAsync(content, fileName, Planner);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("uploadId").GetString()!;
    }

    public Task<string> UploadIdAsync(string csv, string fileName = "werte.csv") => UploadIdAsync(Encoding.UTF8.GetBytes(csv), fileName);

    public const string PreviewFields =
        "preview { fileName format rowCount newCount changedCount unchangedCount canApply " +
        "indicators { indicator { key } newCount changedCount unchangedCount values { socialSpace year change oldValue newValue } } " +
        "problems { line column field message } } errors { field code message }";

    public async Task<JsonElement> PreviewAsync(object input, TestToken? token = null) =>
        (await Client(token ?? Planner).QueryAsync(
            $"query($input: ImportFileInput!) {{ previewImport(input: $input) {{ {PreviewFields} }} }}", new { input })).GetProperty("previewImport");

    public async Task<JsonElement> ApplyAsync(object input) =>
        (await Client(Planner).QueryAsync(
            "mutation($input: ImportFileInput!) { applyImport(input: $input) { batch { id fileName source importedBy rowCount insertedCount updatedCount unchangedCount outcome } problems { line column field message } errors { field code message } } }",
            new { input })).GetProperty("applyImport");

    public async Task<JsonElement> RollbackAsync(string batchId) =>
        (await Client(Planner).QueryAsync(
            "mutation($input: RollbackImportInput!) { rollbackImport(input: $input) { batch { id outcome } errors { field code message } } }",
            new { input = new { batchId } })).GetProperty("rollbackImport");

    public Task<int> BatchCountAsync() => Api.WithDbAsync(db => db.ImportBatches.CountAsync());

    /// <summary>Every value and revision as text, to compare the database before and after.</summary>
    public Task<string> SnapshotAsync() => Api.WithDbAsync(async db =>
    {
        var values = await db.IndicatorValues.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => $"{v.Id}|{v.IndicatorId}|{v.SocialSpaceId}|{v.Year}|{v.Value}|{v.Numerator}|{v.Denominator}|{v.IsProvisional}|{v.ImportBatchId}")
            .ToListAsync();
        var revisions = await db.IndicatorValueRevisions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => $"{r.Id}|{r.IndicatorId}|{r.SocialSpaceId}|{r.Year}|{r.Value}|{r.ImportBatchId}|{r.ReplacedByImportBatchId}")
            .ToListAsync();
        return string.Join("\n", values) + "\n--\n" + string.Join("\n", revisions);
    });

    public ValueTask DisposeAsync() => Api.DisposeAsync();
}
