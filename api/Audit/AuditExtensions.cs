using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Api.Audit;

public static class AuditExtensions
{
    /// <summary>The audit log: every change to directory records, with who and when (read by planners).</summary>
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IInterceptor, AuditInterceptor>();
        return builder;
    }
}
