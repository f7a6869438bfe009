using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Participation;

/// <summary>Before an account goes, the API replaces its name on every contribution with „gelöschtes Konto“.</summary>
public sealed class ContributionAnonymizer(HubApiClient api, ILogger<ContributionAnonymizer> logger) : IAccountDeletionHook
{
    private const string Mutation = """
        mutation($input: AnonymizeContributionsInput!) {
          anonymizeContributions(input: $input) { count errors { field code message } }
        }
        """;

    public async Task OnDeletingAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var data = await api.SendAsync(Mutation, new { input = new { subject = user.Id, deleteTexts = false } }, cancellationToken);
        var payload = data.GetProperty("anonymizeContributions");
        if (payload.GetProperty("errors").GetArrayLength() > 0)
        {
            // Only a subject the API cannot take ends here; identity's ids are short GUIDs, so this is a bug, not input.
            throw new InvalidOperationException($"The API refused to anonymise {user.Id}: {payload.GetProperty("errors")}");
        }

        logger.LogInformation("Anonymised {Count} contributions of account {Subject}", payload.GetProperty("count").GetInt32(), user.Id);
    }
}
