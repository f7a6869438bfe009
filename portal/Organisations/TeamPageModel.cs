using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Organisations;

/// <summary>
/// The base of the organisation pages that run team mutations: done → back to the page with a notice; refused → the
/// page again (status 422) with the API's German messages, by field.
/// </summary>
public abstract class TeamPageModel(GraphQLClient graphQL) : PageModel
{
    private const string DoneKey = "organisation:done";

    protected GraphQLClient GraphQL { get; } = graphQL;

    public string? Done => TempData[DoneKey] as string;

    /// <summary>The refused mutation's messages by input field ("" for the input as a whole).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>The token the last successful <c>inviteMember</c> answered.</summary>
    protected string? LastToken { get; private set; }

    /// <summary>Runs the mutation; on success <paramref name="done"/> is shown after the redirect.</summary>
    protected async Task<IActionResult> RunAsync(
        GraphQLOperation<TeamMutationData> operation, object input, string done, Func<Task> reload, CancellationToken ct, object? routeValues = null)
    {
        var payload = (await GraphQL.QueryAsync(operation, new { input }, ct)).Payload;
        if (payload.Errors.Count == 0)
        {
            LastToken = payload.Token;
            TempData[DoneKey] = done;
            return RedirectToPage(routeValues);
        }

        foreach (var error in payload.Errors)
        {
            var field = error.Field ?? "";
            Errors[field] = Errors.TryGetValue(field, out var earlier) ? $"{earlier} {error.Message}" : error.Message;
        }

        await reload();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public static string RoleLabel(MemberRole role) => role == MemberRole.Owner ? "Inhaber/in" : "Redakteur/in";
}
