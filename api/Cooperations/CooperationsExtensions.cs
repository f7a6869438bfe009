using Microsoft.Extensions.DependencyInjection.Extensions;
using SozialHub.Api.Networks;

namespace SozialHub.Api.Cooperations;

public static class CooperationsExtensions
{
    /// <summary>Cooperations and networks (methods.md §8): proposing and confirming cooperations, editing networks.</summary>
    public static IHostApplicationBuilder AddCooperations(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<CooperationDecisions>();
        builder.Services.AddScoped<NetworkEditing>();
        return builder;
    }
}
