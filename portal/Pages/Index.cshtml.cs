using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages;

public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public IReadOnlyList<StartPageDistrict> Districts { get; private set; } = [];

    public int SocialSpaceCount => Districts.Sum(d => d.SocialSpaces.Count);

    public int Population => Districts.Sum(d => d.Population);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(StartPageData.Operation, cancellationToken: cancellationToken);
        Districts = data.Districts.Nodes;
    }
}
