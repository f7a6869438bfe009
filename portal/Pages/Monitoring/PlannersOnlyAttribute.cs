using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SozialHub.Portal.Pages.Monitoring;

/// <summary>Planners only: anonymous callers sign in ([Authorize]), signed-in others get 403 (the status page says so in German).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PlannersOnlyAttribute : Attribute, IAsyncPageFilter
{
    public const string Role = "planner";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.HttpContext.User.IsInRole(Role))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
