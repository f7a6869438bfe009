using Microsoft.Extensions.DependencyInjection.Extensions;
using SozialHub.Api.Facilities.Editing;
using SozialHub.Api.Locations.Editing;
using SozialHub.Api.Offerings.Editing;

namespace SozialHub.Api.Editing;

public static class DirectoryEditingExtensions
{
    /// <summary>Organisations maintain their offerings, locations and facilities (drafts, publishing, row versions).</summary>
    public static IHostApplicationBuilder AddDirectoryEditing(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<OfferingFieldReader>();
        builder.Services.AddScoped<OfferingEditor>();
        builder.Services.AddScoped<OfferingPublishing>();
        builder.Services.AddScoped<LocationEditor>();
        builder.Services.AddScoped<FacilityEditor>();
        return builder;
    }
}
