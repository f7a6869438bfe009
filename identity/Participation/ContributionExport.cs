using System.Text.Json;
using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Participation;

/// <summary>The <c>contributions</c> section of a person's data export: what the API keeps about their participation.</summary>
public sealed class ContributionExport(HubApiClient api) : IAccountDataExportSource
{
    private const string Query = """
        query($subject: String!) {
          accountParticipation(subject: $subject) {
            contributions {
              id kind state authorName organization title text hiddenReason createdAt editedAt deletedAt
              revisions { title text replacedAt }
            }
            supported
            flags { contribution reason createdAt }
          }
        }
        """;

    public string Section => "contributions";

    public async Task<object?> ExportAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var data = await api.SendAsync(Query, new { subject = user.Id }, cancellationToken);
        return data.GetProperty("accountParticipation");
    }
}
