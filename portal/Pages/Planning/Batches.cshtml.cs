using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>Planners: the data deliveries (who, when, file, source, counts) with rollback after a confirmation.</summary>
public sealed class BatchesModel(GraphQLClient graphQL) : PlannerPageModel
{
    public const string NoticeKey = "planning:notice";

    /// <summary>The batch whose rollback waits for confirmation (<c>?ruecknahme=id</c>), or was refused.</summary>
    [BindProperty(SupportsGet = true, Name = "ruecknahme")]
    public string? RollbackId { get; set; }

    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    public string? Notice => TempData[NoticeKey] as string;

    public string? Refusal { get; private set; }

    public ImportBatch? ToRollBack => Batches.FirstOrDefault(b => b.Id == RollbackId && b.CanRollBack);

    public async Task OnGetAsync(CancellationToken ct) =>
        Batches = (await graphQL.QueryAsync(ImportHistoryData.Operation, cancellationToken: ct)).ImportBatches.Nodes;

    public async Task<IActionResult> OnPostRollbackAsync(CancellationToken ct)
    {
        var payload = (await graphQL.QueryAsync(RollbackImportData.Operation, new { input = new { batchId = RollbackId ?? "" } }, ct)).Payload;
        if (payload.Errors.Count == 0)
        {
            TempData[NoticeKey] = "Die Datenlieferung wurde zurückgenommen: die vorherigen Werte gelten wieder.";
            return RedirectToPage();
        }

        Refusal = string.Join(" ", payload.Errors.Select(e => e.Message));
        await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public static string KindLabel(string kind) => kind switch
    {
        "SOCIAL_SPACES" => "Sozialräume",
        "ACTION_FIELDS" => "Handlungsfelder",
        "INDICATOR_CATALOG" => "Indikatorenkatalog",
        "INDICATOR_VALUES" => "Indikatorwerte",
        "DIRECTORY" => "Verzeichnis",
        _ => kind,
    };
}
