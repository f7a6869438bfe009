using System.Text;

namespace SozialHub.Portal.Participation;

/// <summary>
/// A participation form with one text field (comment, reply, edit, flag, hide), as the discussion shows it and as
/// the write page shows it again with the API's message next to the field and the text as typed.
/// </summary>
public sealed record ContributionForm(
    string Page,
    string Handler,
    string Field,
    string Label,
    string Submit,
    string DomId,
    IReadOnlyList<KeyValuePair<string, string?>> Hidden,
    string? Value = null,
    string? Error = null,
    string? Hint = null,
    PostAs? PostAs = null)
{
    public const string WritePage = "/Contributions/Write";
    public const string ModerationPage = "/Moderation/Index";
    public const string TextField = "text";
    public const string ReasonField = "reason";
    public const int MaxTextLength = 5000;
    public const int MaxReasonLength = 500;

    private const string MarkdownHint = "Markdown ist möglich, z. B. **fett**, *kursiv* und Links. Höchstens 5.000 Zeichen.";

    public int MaxLength => Field == TextField ? MaxTextLength : MaxReasonLength;

    /// <summary>Text forms carry the honeypot and the time stamp (<see cref="FormGuard"/>); moderation forms do not.</summary>
    public bool IsGuarded => Page == WritePage;

    public static ContributionForm Comment(string target, string returnUrl, ViewingContext context, PostAs postAs, string? text = null) => new(
        WritePage, "Comment", TextField, "Ihr Kommentar", "Kommentar veröffentlichen", "neuer-kommentar",
        [new("target", target), new("returnUrl", returnUrl), .. context.Fields()], text, Hint: MarkdownHint, PostAs: postAs);

    public static ContributionForm Reply(string parentId, string returnUrl, ViewingContext context, string? text = null) => new(
        WritePage, "Reply", TextField, "Ihre Antwort", "Antwort veröffentlichen", "antwort-" + DomIds.Of(parentId),
        [new("replyTo", parentId), new("returnUrl", returnUrl), .. context.Fields()], text, Hint: MarkdownHint);

    public static ContributionForm Edit(string id, string returnUrl, string? text) => new(
        WritePage, "Edit", TextField, "Geänderter Text", "Änderung speichern", "bearbeiten-" + DomIds.Of(id),
        [new("id", id), new("returnUrl", returnUrl)], text, Hint: MarkdownHint);

    public static ContributionForm Flag(string id, string returnUrl, string? reason = null) => new(
        WritePage, "Flag", ReasonField, "Warum melden Sie diesen Beitrag? (Pflichtfeld)", "Beitrag melden", "melden-" + DomIds.Of(id),
        [new("id", id), new("returnUrl", returnUrl)], reason, Hint: "Höchstens 500 Zeichen. Die Sozialplanung prüft jede Meldung.");

    /// <summary>A contribution can be in two parts of the queue (flagged and pending), so the part makes the ids unique.</summary>
    public static ContributionForm Hide(string id, string part, string? reason, string? error) => new(
        ModerationPage, "Hide", ReasonField, "Öffentlicher Grund (Pflichtfeld)", "Ausblenden", $"ausblenden-{part}-{DomIds.Of(id)}",
        [new("id", id)], reason, error, "Erscheint unter dem Beitrag als „ausgeblendet: …“.");
}

/// <summary>HTML ids and anchors from the API's global ids (which may hold characters ids should not).</summary>
public static class DomIds
{
    public static string Of(string globalId) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(globalId));

    public static string Contribution(string globalId) => "beitrag-" + Of(globalId);
}

/// <summary>A form that is one button about one contribution (delete, support, approve, restore).</summary>
public sealed record ButtonForm(string Page, string Handler, string Id, string? ReturnUrl, string Label)
{
    public static ButtonForm Delete(string id, string returnUrl) => new(ContributionForm.WritePage, "Delete", id, returnUrl, "Löschen");

    public static ButtonForm Support(string id, string returnUrl) => new(ContributionForm.WritePage, "Support", id, returnUrl, "Zustimmen");

    public static ButtonForm Approve(string id) => new(ContributionForm.ModerationPage, "Approve", id, null, "Freigeben");

    public static ButtonForm Restore(string id) => new(ContributionForm.ModerationPage, "Restore", id, null, "Wiederherstellen");
}
