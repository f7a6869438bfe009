using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.Imports;

/// <summary>
/// <c>POST /imports/files</c>: the one REST endpoint of the import workflow (docs/adr, GraphQL over HTTP carries no
/// files). Planners send a CSV or XLSX file as <c>multipart/form-data</c>; the answer names the upload that
/// <c>previewImport</c> and <c>applyImport</c> take.
/// </summary>
public static class ImportUploadEndpoint
{
    public const string Path = "/imports/files";

    // Boundaries and part headers around the file.
    private const long MultipartOverhead = 16 * 1024;

    public static WebApplication MapImportUploads(this WebApplication app)
    {
        app.MapPost(Path, UploadAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext http, ImportUploads uploads, IAuthorizationService authorization, IOptions<ImportOptions> options)
    {
        // Checked here rather than by endpoint metadata: the API runs no authorization middleware (GraphQL authorizes
        // per field), and the body must not be read before the caller is known.
        foreach (var policy in (string[])[HubPolicies.Planner, HubPolicies.Write])
        {
            if (!(await authorization.AuthorizeAsync(http.User, policy)).Succeeded)
            {
                return http.User.Identity?.IsAuthenticated == true ? Results.Forbid() : Results.Challenge();
            }
        }

        var max = options.Value.MaxFileBytes;
        if (http.Request.ContentLength > max + MultipartOverhead)
        {
            return Refused(ImportUploads.TooLarge(max));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + MultipartOverhead;
        }

        try
        {
            var file = await FileSectionAsync(http.Request);
            if (file is null)
            {
                return Refused(new UploadRefusedException(StatusCodes.Status400BadRequest,
                    "Bitte senden Sie die Datei als multipart/form-data im Feld 'file'."));
            }

            var upload = await uploads.SaveAsync(file.Value.Body, file.Value.FileName, Owner(http), http.RequestAborted);
            return Results.Created($"{Path}/{upload.Id}", new
            {
                uploadId = upload.Id, fileName = upload.FileName, type = upload.Type.ToString().ToUpperInvariant(), size = upload.Size,
                expiresAt = upload.ExpiresAt,
            });
        }
        catch (UploadRefusedException e)
        {
            return Refused(e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(ImportUploads.TooLarge(max));
        }
    }

    /// <summary>Who owns an upload: the token's subject.</summary>
    public static string Owner(HttpContext http) => Owner(http.User);

    public static string Owner(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject)?.Value ?? "";

    private static async Task<(Stream Body, string FileName)?> FileSectionAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition() && disposition.Name.Value == "file")
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return (section.Body, name ?? "");
            }
        }

        return null;
    }

    private static IResult Refused(UploadRefusedException e) =>
        Results.Problem(detail: e.Message, statusCode: e.Status, title: "Die Datei wurde nicht angenommen.");
}
