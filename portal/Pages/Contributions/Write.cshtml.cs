using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Participation;

namespace SozialHub.Portal.Pages.Contributions;

/// <summary>
/// Where the discussion's forms post. Done: back to the discussion, at the contribution. Refused: the form again,
/// with the API's German message next to the field and the text as typed (this works without JavaScript).
/// </summary>
[Authorize]
public sealed class WriteModel(GraphQLClient graphQL, FormGuard guard) : PageModel
{
    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? ReplyTo { get; set; }

    [BindProperty]
    public string? Id { get; set; }

    // Kept as typed (also blank) so that the form shows it again.
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Text { get; set; }

    // Kept as typed (also blank) so that the form shows it again.
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Title { get; set; }

    [BindProperty]
    public string? SocialSpace { get; set; }

    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    /// <summary>"Schreiben als": an organisation's global id, blank for oneself.</summary>
    [BindProperty(Name = PostAs.Field)]
    public string? OrganizationId { get; set; }

    /// <summary>The Ortswissen form to fill in again, with its messages.</summary>
    public LocalKnowledgeForm? Knowledge { get; private set; }

    [BindProperty(Name = FormGuard.StampField)]
    public string? Stamp { get; set; }

    [BindProperty(Name = FormGuard.HoneypotField)]
    public string? Honeypot { get; set; }

    /// <summary>The form to fill in again, with its message.</summary>
    public ContributionForm? Form { get; private set; }

    /// <summary>A message about the input as a whole (not one field).</summary>
    public string? Problem { get; private set; }

    public string BackUrl => (Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/") + "#diskussion";

    /// <summary>Reached after signing in from a form post: back to where the person was.</summary>
    public IActionResult OnGet() => LocalRedirect(BackUrl);

    public Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        var context = ViewingContext.From(key => Request.Form[key].FirstOrDefault());
        var form = ContributionForm.Comment(Target ?? "", ReturnUrl ?? "/", context, new PostAs([], OrganizationId), Text);
        if (DiscussionTarget.Parse(Target) is not { } target)
        {
            return Task.FromResult<IActionResult>(Refuse(form, null, "Die Diskussion ist unbekannt. Bitte öffnen Sie die Seite noch einmal."));
        }

        return SendAsync(ContributionMutationData.PostComment, form, new
        {
            actionField = target.ActionField,
            socialSpace = target.SocialSpace,
            text = Text ?? "",
            organizationId = form.PostAs!.OrganizationId,
            context = context.ToInput(),
        }, ct);
    }

    public Task<IActionResult> OnPostReplyAsync(CancellationToken ct)
    {
        var context = ViewingContext.From(key => Request.Form[key].FirstOrDefault());
        return SendAsync(ContributionMutationData.PostComment, ContributionForm.Reply(ReplyTo ?? "", ReturnUrl ?? "/", context, Text),
            new { replyTo = ReplyTo ?? "", text = Text ?? "", context = context.ToInput() }, ct);
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        SendAsync(ContributionMutationData.Edit, ContributionForm.Edit(Id ?? "", ReturnUrl ?? "/", Text), new { id = Id ?? "", text = Text ?? "" }, ct);

    public Task<IActionResult> OnPostFlagAsync(CancellationToken ct) =>
        SendAsync(ContributionMutationData.Flag, ContributionForm.Flag(Id ?? "", ReturnUrl ?? "/", Reason), new { id = Id ?? "", reason = Reason ?? "" }, ct);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        SendAsync(ContributionMutationData.Delete, null, new { id = Id ?? "" }, ct);

    public Task<IActionResult> OnPostSupportAsync(CancellationToken ct) =>
        SendAsync(ContributionMutationData.Support, null, new { id = Id ?? "" }, ct);

    public async Task<IActionResult> OnPostLocalKnowledgeAsync(CancellationToken ct)
    {
        var form = new LocalKnowledgeForm(ReturnUrl ?? "/", [], SocialSpace, Category, Title, Text, Latitude, Longitude) { PostAs = new PostAs([], OrganizationId) };
        var errors = form.NumberErrors();
        if (errors.Count == 0 && guard.Check(Stamp, Honeypot) is { } refused)
        {
            errors[""] = refused;
        }

        if (errors.Count == 0)
        {
            try
            {
                var payload = (await graphQL.QueryAsync(ContributionMutationData.PostLocalKnowledge, new { input = form.ToInput() }, ct)).Payload;
                if (payload.Errors.Count == 0)
                {
                    return Done(payload.Contribution);
                }

                foreach (var group in payload.Errors.GroupBy(e => e.Field is { } f && LocalKnowledgeForm.Fields.Contains(f) ? f : ""))
                {
                    errors[group.Key] = string.Join(" ", group.Select(e => e.Message));
                }
            }
            catch (GraphQLException)
            {
                errors[""] = SignInAgain;
            }
        }

        var spaces = (await graphQL.QueryAsync(LocalKnowledgeData.Operation, new { key = SocialSpace ?? "" }, ct)).SocialSpaces.Nodes;
        Knowledge = form with { Spaces = spaces, Errors = errors, PostAs = form.PostAs with { Organizations = await OrganizationsAsync(ct) } };
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The organisations to offer again when a form is shown again (the choice is kept).</summary>
    private async Task<IReadOnlyList<IdName>> OrganizationsAsync(CancellationToken ct) =>
        (await graphQL.QueryAsync(PostingOrganizationsData.Operation, new { }, ct)).OrganizationsToPostAs;

    private const string SignInAgain = "Das hat nicht geklappt. Bitte melden Sie sich ab und wieder an und versuchen Sie es noch einmal.";

    private async Task<IActionResult> SendAsync(GraphQLOperation<ContributionMutationData> operation, ContributionForm? form, object input, CancellationToken ct)
    {
        form = form?.PostAs is { } postAs ? form with { PostAs = postAs with { Organizations = await OrganizationsAsync(ct) } } : form;
        if (form is not null && guard.Check(Stamp, Honeypot) is { } refused)
        {
            return Refuse(form, refused, null);
        }

        ContributionPayload payload;
        try
        {
            payload = (await graphQL.QueryAsync(operation, new { input }, ct)).Payload;
        }
        catch (GraphQLException)
        {
            // Authorisation errors: the sign-in has run out or lacks a role the API wants.
            return Refuse(form, null, SignInAgain);
        }

        if (payload.Errors.Count > 0)
        {
            var field = form?.Field;
            var atField = payload.Errors.Where(e => e.Field == field).Select(e => e.Message).ToList();
            var atPostAs = payload.Errors.Where(e => e.Field == PostAs.Field && form?.PostAs is { Offered: true }).Select(e => e.Message).ToList();
            var general = payload.Errors.Where(e => e.Field != field).Select(e => e.Message).Except(atPostAs).ToList();
            if (atPostAs.Count > 0)
            {
                form = form! with { PostAs = form.PostAs! with { Error = string.Join(" ", atPostAs) } };
            }

            return Refuse(form, atField.Count > 0 ? string.Join(" ", atField) : null, general.Count > 0 ? string.Join(" ", general) : null);
        }

        return Done(payload.Contribution);
    }

    /// <summary>Back to the page, at the contribution; a note when it waits for approval.</summary>
    private LocalRedirectResult Done(ContributionRef? contribution)
    {
        if (contribution?.State == ContributionState.Pending)
        {
            TempData[DiscussionView.NoticeKey] = "Danke! Ihr Beitrag erscheint, sobald die Sozialplanung ihn freigegeben hat.";
        }

        var anchor = contribution is { } done ? "#" + DomIds.Contribution(done.Id) : "#diskussion";
        return LocalRedirect((Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/") + anchor);
    }

    private PageResult Refuse(ContributionForm? form, string? fieldError, string? problem)
    {
        Form = form is null ? null : form with { Error = fieldError };
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
