using System.Security.Claims;
using Microsoft.Extensions.Options;
using SozialHub.Api.Contributions;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

/// <summary>What <c>previewImport</c> and <c>applyImport</c> take: an upload and how to read it.</summary>
public sealed class ImportFileInput
{
    public string UploadId { get; set; } = "";

    public ImportFormat Format { get; set; } = ImportFormat.Long;

    public ValueColumns? Columns { get; set; }

    public string? Indicator { get; set; }

    public string? Source { get; set; }
}

public sealed record PreviewImportPayload(ImportPreview? Preview, IReadOnlyList<UserError> Errors);

public sealed record ApplyImportPayload(ImportBatch? Batch, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<UserError> Errors);

/// <summary>The planners' import of indicator values: an uploaded file previewed (a dry run) and applied as a whole.</summary>
public sealed class ImportWorkflow(ImportUploads uploads, IndicatorValueImporter importer, IOptions<ImportOptions> options)
{
    public async Task<PreviewImportPayload> PreviewAsync(ImportFileInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var (upload, layout) = Check(input, user, errors);
        if (upload is null || errors.Count > 0)
        {
            return new PreviewImportPayload(null, errors);
        }

        var headings = ImportFiles.Headings(uploads, upload);
        try
        {
            using var table = ImportFiles.Open(uploads, upload, layout);
            var plan = await importer.PlanAsync(table, layout, cancellationToken);
            var changes = await importer.CompareAsync(plan, cancellationToken);
            return new PreviewImportPayload(ImportPreview.Of(upload, table.Dialect, plan, changes, options.Value.PreviewValues) with { Headings = headings }, errors);
        }
        catch (ImportException e)
        {
            return new PreviewImportPayload(ImportPreview.Refused(upload, e.Problems) with { Headings = headings }, errors);
        }
    }

    public async Task<ApplyImportPayload> ApplyAsync(ImportFileInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var (upload, layout) = Check(input, user, errors);
        var source = errors.Text("source", "Die Quelle", input.Source, Limits.Source, required: false) ?? "";
        if (upload is null || errors.Count > 0)
        {
            return new ApplyImportPayload(null, [], errors);
        }

        try
        {
            ImportBatch batch;
            using (var table = ImportFiles.Open(uploads, upload, layout))
            {
                var plan = await importer.PlanAsync(table, layout, cancellationToken);
                batch = await importer.ApplyAsync(plan, new ImportRequest(upload.FileName, Participant.Of(user).Name, source), cancellationToken);
            }

            uploads.Delete(upload.Id);
            return new ApplyImportPayload(batch, [], errors);
        }
        catch (ImportException e)
        {
            errors.Add(null, UserErrorCode.Invalid, $"Die Datei wurde nicht übernommen: {Problems(e.Problems.Count)}. Nichts wurde gespeichert.");
            return new ApplyImportPayload(null, e.Problems, errors);
        }
    }

    private static string Problems(int count) => count == 1 ? "1 Problem" : $"{count} Probleme";

    private (ImportUpload?, ValueLayout) Check(ImportFileInput input, ClaimsPrincipal user, UserErrors errors)
    {
        var upload = uploads.Find(input.UploadId ?? "", ImportUploadEndpoint.Owner(user));
        errors.NotFoundIf(upload is null, "uploadId", "Diese hochgeladene Datei gibt es nicht (mehr). Bitte laden Sie sie erneut hoch.");
        var indicator = errors.Text("indicator", "Der Indikator", input.Indicator, Limits.Key, required: false);
        return (upload, new ValueLayout(input.Format, input.Columns ?? new ValueColumns(), indicator));
    }
}
