using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>
/// Planners: the dry run of an uploaded file, with the mapping of its columns to choose (a GET form, so it works
/// without JavaScript), the counts per indicator and every problem; then apply, after a confirmation.
/// </summary>
public sealed class PreviewModel(GraphQLClient graphQL) : PlannerPageModel
{
    /// <summary>The meanings a column can have, in the order of the form, with their German labels.</summary>
    public static readonly (string Field, string Label, bool LongOnly)[] Roles =
    [
        ("socialSpace", "Sozialraum", false),
        ("indicator", "Indikator", false),
        ("year", "Jahr", true),
        ("value", "Wert", true),
        ("numerator", "Zähler", true),
        ("denominator", "Nenner", true),
        ("provisional", "vorläufig", false),
    ];

    [FromRoute]
    public string UploadId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "LONG";

    /// <summary>The indicator of every row when the file has no indicator column.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    /// <summary>The chosen heading per meaning; empty means found by its usual name.</summary>
    [BindProperty(SupportsGet = true)]
    public Dictionary<string, string> Columns { get; set; } = [];

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Source { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public ImportPreview? Preview { get; private set; }

    /// <summary>Messages by field (<c>""</c> for the input as a whole).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<ImportProblem> ApplyProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await PreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            Errors["confirmed"] = "Bitte bestätigen Sie, dass Sie die Vorschau geprüft haben.";
        }
        else
        {
            var payload = (await graphQL.QueryAsync(ApplyImportData.Operation, new { input = Input(Source) }, ct)).Payload;
            if (payload.Batch is { } batch)
            {
                TempData[BatchesModel.NoticeKey] =
                    $"Die Datenlieferung wurde übernommen: {batch.InsertedCount} neue, {batch.UpdatedCount} geänderte, {batch.UnchangedCount} unveränderte Werte.";
                return RedirectToPage("Batches");
            }

            Collect(payload.Errors);
            ApplyProblems = payload.Problems;
        }

        await PreviewAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The query string of the current mapping, for links and hidden fields.</summary>
    public IEnumerable<(string Name, string Value)> Mapping() =>
        new[] { ("Format", Format), ("Indicator", Indicator ?? "") }
            .Concat(Columns.Where(c => !string.IsNullOrEmpty(c.Value)).Select(c => ($"Columns[{c.Key}]", c.Value)));

    public string Column(string field) => Columns.TryGetValue(field, out var heading) ? heading : "";

    private async Task PreviewAsync(CancellationToken ct)
    {
        var payload = (await graphQL.QueryAsync(PreviewImportData.Operation, new { input = Input(null) }, ct)).Payload;
        Preview = payload.Preview;
        Collect(payload.Errors);
        if (Preview is null && Errors.ContainsKey("uploadId"))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private void Collect(IReadOnlyList<UserError> errors)
    {
        foreach (var group in errors.GroupBy(e => e.Field ?? ""))
        {
            Errors[group.Key] = string.Join(" ", group.Select(e => e.Message));
        }
    }

    private object Input(string? source) => new
    {
        uploadId = UploadId,
        format = Format == "WIDE" ? "WIDE" : "LONG",
        indicator = string.IsNullOrWhiteSpace(Indicator) ? null : Indicator.Trim(),
        columns = Roles.ToDictionary(r => r.Field, r => string.IsNullOrWhiteSpace(Column(r.Field)) ? null : Column(r.Field)),
        source,
    };
}
