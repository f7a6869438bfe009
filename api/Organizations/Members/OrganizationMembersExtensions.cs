namespace SozialHub.Api.Organizations.Members;

public static class OrganizationMembersExtensions
{
    /// <summary>Who acts for which organisation: the access check every directory mutation uses.</summary>
    public static IHostApplicationBuilder AddOrganizationMembers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OrganizationAccess>();
        return builder;
    }
}
