using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>Planners: where their tools are (import, deliveries, catalogue, moderation).</summary>
public sealed class IndexModel : PlannerPageModel
{
    public void OnGet()
    {
    }
}
