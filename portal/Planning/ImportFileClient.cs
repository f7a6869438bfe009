using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SozialHub.Portal.Planning;

/// <summary>The result of forwarding a file: the API's upload id, or its German reason for refusing the file.</summary>
public sealed record UploadResult(string? UploadId, string? Error);

/// <summary>
/// Forwards a planner's file to the API's <c>POST /imports/files</c> (ADR 0013) with the person's token; the rest of
/// the import (preview, apply) is GraphQL.
/// </summary>
public sealed class ImportFileClient(HttpClient http, ILogger<ImportFileClient> logger)
{
    public async Task<UploadResult> UploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var content = new MultipartFormDataContent();
        await using var stream = file.OpenReadStream();
        var body = new StreamContent(stream);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(body, "file", Path.GetFileName(file.FileName));
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync("imports/files", content, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Forwarding an import file to the API failed.");
            return new UploadResult(null, "Die Datei konnte gerade nicht übertragen werden. Bitte versuchen Sie es später noch einmal.");
        }

        using (response)
        {
            var json = await ReadAsync(response, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.Created when Text(json, "uploadId") is { } id => new UploadResult(id, null),
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    new UploadResult(null, "Ihre Anmeldung reicht dafür nicht. Bitte melden Sie sich ab und wieder an."),
                _ => new UploadResult(null, Text(json, "detail") ?? $"Die Datei wurde nicht angenommen (Status {(int)response.StatusCode})."),
            };
        }
    }

    private static async Task<JsonElement?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? json, string property) =>
        json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
