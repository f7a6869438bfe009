using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Api.Organizations.Members;

public static class OrganizationMembersExtensions
{
    /// <summary>Who acts for which organisation: the access check every directory mutation uses, requests, invitations, the team.</summary>
    public static IHostApplicationBuilder AddOrganizationMembers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<OrganizationAccess>();
        builder.Services.AddScoped<OrganizationEditing>();
        builder.Services.AddScoped<Memberships>();
        builder.Services.AddScoped<Invitations>();
        return builder;
    }
}
