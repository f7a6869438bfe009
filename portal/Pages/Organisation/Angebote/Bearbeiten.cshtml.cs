using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.MemberArea;

namespace SozialHub.Portal.Pages.Organisation.Angebote;

/// <summary>
/// The offering editor: all fields, rows of opening hours, locations; "Als Entwurf speichern" and "Veröffentlichen".
/// Refused input comes back with the messages beside the fields and everything as typed; a save over someone else's
/// newer change shows both versions.
/// </summary>
[Authorize]
public sealed class BearbeitenModel(GraphQLClient graphQL) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty]
    public OfferingForm Form { get; set; } = new();

    public OfferingEditorData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    /// <summary>After a CONFLICT: the version stored now, beside the one typed.</summary>
    public EditedOffering? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Data.Offering is { } offering)
        {
            Form = OfferingForm.From(offering);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => SaveAsync(publish: true, ct);

    private async Task<IActionResult> SaveAsync(bool publish, CancellationToken ct)
    {
        var input = Form.ToInput(Errors, out var rowOf);
        if (!Errors.Any)
        {
            var payload = await SendAsync(input, ct);
            Errors.AddAll(payload.Errors, field => RowField(field, rowOf));
            if (payload.Record is { } saved && publish)
            {
                payload = (await graphQL.QueryAsync(DirectoryMutationData.PublishOffering, new { input = new { id = saved.Id } }, ct)).Payload;
                Errors.AddAll(payload.Errors);
            }

            if (payload.Record is { } done)
            {
                TempData[IndexModel.NoticeKey] = Notice(done.Publication);
                return RedirectToPage("Index");
            }

            if (payload.IsConflict && Form.Id is { } id)
            {
                await LoadAsync(id, ct);
                Stored = Data.Offering;
                // Saving again replaces the stored version on purpose: the person has seen it.
                Form.Version = Stored?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
        }

        await LoadAsync(Form.Id, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<DirectoryPayload> SendAsync(Dictionary<string, object?> input, CancellationToken ct)
    {
        if (Form.Id is { } id)
        {
            input["id"] = id;
            input["version"] = Form.Version ?? 0;
            return (await graphQL.QueryAsync(DirectoryMutationData.UpdateOffering, new { input }, ct)).Payload;
        }

        input["organization"] = Organisation ?? "";
        return (await graphQL.QueryAsync(DirectoryMutationData.CreateOffering, new { input }, ct)).Payload;
    }

    private async Task<bool> LoadAsync(string? id, CancellationToken ct)
    {
        try
        {
            Data = await graphQL.QueryAsync(OfferingEditorData.Operation, new { owner = Organisation ?? "", id = id ?? Organisation ?? "", existing = id is not null }, ct);
        }
        catch (GraphQLException)
        {
            // An id that is none: the page does not exist.
            return false;
        }

        return Data.Owner is not null && (id is null || Data.Offering?.Organization.Id == Data.Owner.Id);
    }

    // The API counts the rows sent; the form shows empty rows too.
    private static string RowField(string field, List<int> rowOf)
    {
        const string Prefix = "schedules[";
        if (!field.StartsWith(Prefix, StringComparison.Ordinal) || field.IndexOf(']', StringComparison.Ordinal) is not (> 0 and var end)
            || !int.TryParse(field[Prefix.Length..end], out var sent) || sent >= rowOf.Count)
        {
            return field;
        }

        return $"{Prefix}{rowOf[sent]}{field[end..]}";
    }

    private static string Notice(Publication? publication) => publication switch
    {
        Publication.Published => "Das Angebot ist gespeichert und veröffentlicht.",
        Publication.InReview => "Das Angebot ist gespeichert und wartet auf die Freigabe durch die Sozialplanung.",
        _ => "Das Angebot ist als Entwurf gespeichert (nicht öffentlich).",
    };
}
