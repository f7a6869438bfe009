using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Participation;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Moderation;

/// <summary>Planners: the moderation queue (pending, flagged, hidden) with approve, hide with a public reason, restore; the log.</summary>
public sealed class IndexModel(GraphQLClient graphQL) : PlannerPageModel
{
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ModerationPageData Queue { get; private set; } = null!;

    /// <summary>The contribution a refused action was about, with the API's message.</summary>
    public (string Id, string Message)? Refused { get; private set; }

    public string? Done => TempData["moderation:done"] as string;

    public async Task OnGetAsync(CancellationToken ct) => Queue = await graphQL.QueryAsync(ModerationPageData.Operation, cancellationToken: ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        DecideAsync(ContributionMutationData.Approve, new { id = Id ?? "" }, "freigegeben", ct);

    public Task<IActionResult> OnPostHideAsync(CancellationToken ct) =>
        DecideAsync(ContributionMutationData.Hide, new { id = Id ?? "", reason = Reason ?? "" }, "ausgeblendet", ct);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) =>
        DecideAsync(ContributionMutationData.Restore, new { id = Id ?? "" }, "wiederhergestellt", ct);

    private async Task<IActionResult> DecideAsync(GraphQLOperation<ContributionMutationData> operation, object input, string what, CancellationToken ct)
    {
        var payload = (await graphQL.QueryAsync(operation, new { input }, ct)).Payload;
        if (payload.Errors.Count == 0)
        {
            TempData["moderation:done"] = $"Der Beitrag wurde {what}.";
            return RedirectToPage();
        }

        Refused = (Id ?? "", string.Join(" ", payload.Errors.Select(e => e.Message)));
        await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public static string KindLabel(string kind) => kind switch
    {
        "APPROVE" => "freigegeben",
        "HIDE" => "ausgeblendet",
        "RESTORE" => "wiederhergestellt",
        "HIDE_BY_FLAGS" => "durch Meldungen ausgeblendet",
        _ => kind,
    };
}
