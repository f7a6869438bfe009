using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Organisation.Angebote;

/// <summary>
/// The area of organisation members: the offerings (drafts too), locations and facilities of the organisations the
/// signed-in person belongs to, with "noch aktuell" and publishing in one click.
/// </summary>
[Authorize]
public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public const string NoticeKey = "organisation:notice";

    /// <summary>After a year without review, an offering asks to be checked (the reminder mails use the same period).</summary>
    public static readonly TimeSpan ReviewPeriod = TimeSpan.FromDays(365);

    public MemberAreaData Data { get; private set; } = null!;

    public string? Notice => TempData[NoticeKey] as string;

    /// <summary>A refused one-click action: the offering and the API's message.</summary>
    public (string Id, string Message)? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Data = await graphQL.QueryAsync(MemberAreaData.Operation, cancellationToken: ct);

    public Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken ct) =>
        ActAsync(DirectoryMutationData.ConfirmOfferingReviewed, id, "Danke! Das Angebot ist als „noch aktuell“ bestätigt.", ct);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct) =>
        ActAsync(DirectoryMutationData.PublishOffering, id, "Das Angebot ist veröffentlicht (oder wartet auf Freigabe, wenn die Organisation geprüft wird).", ct);

    public static bool NeedsReview(MemberOffering offering, DateTime now) => offering.LastReviewedAt is not { } at || now - at > ReviewPeriod;

    public static string PublicationLabel(Publication publication) => publication switch
    {
        Publication.Published => "veröffentlicht",
        Publication.InReview => "wartet auf Freigabe",
        _ => "Entwurf",
    };

    private async Task<IActionResult> ActAsync(GraphQLOperation<DirectoryMutationData> operation, string id, string done, CancellationToken ct)
    {
        var payload = (await graphQL.QueryAsync(operation, new { input = new { id } }, ct)).Payload;
        if (payload.Errors.Count == 0)
        {
            TempData[NoticeKey] = done;
            return RedirectToPage();
        }

        Refused = (id, string.Join(" ", payload.Errors.Select(e => e.Message)));
        await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
