using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Portal.Planning;

/// <summary>A page for planners: anonymous visitors sign in; signed-in people without the role get 403 (a German status page).</summary>
[Authorize]
public abstract class PlannerPageModel : PageModel
{
    public const string PlannerRole = "planner";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!User.IsInRole(PlannerRole))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
