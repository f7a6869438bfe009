namespace SozialHub.Portal.Organisations;

/// <summary>
/// The organisation a person acts for, chosen on /organisation and remembered in a cookie. Pages that work for an
/// organisation (its offerings, cooperations, members) read it here. The cookie only remembers a choice: the API
/// decides on every request whether the person may act for that organisation.
/// </summary>
public sealed class CurrentOrganisation(IHttpContextAccessor accessor)
{
    public const string CookieName = "sozialhub-organisation";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>The remembered organisation (global id), or null.</summary>
    public string? ChosenId => accessor.HttpContext?.Request.Cookies[CookieName] is { Length: > 0 and <= 200 } id ? id : null;

    /// <summary>The remembered organisation when the person is still a member of it; else the first of their organisations.</summary>
    public string? Of(IEnumerable<string> memberships)
    {
        var ids = memberships.ToList();
        return ChosenId is { } chosen && ids.Contains(chosen, StringComparer.Ordinal) ? chosen : ids.FirstOrDefault();
    }

    public void Choose(string organizationId)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("No request to remember the organisation in.");
        context.Response.Cookies.Append(CookieName, organizationId, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}

public static class OrganisationExtensions
{
    /// <summary>The organisation pages' services: the current organisation.</summary>
    public static IHostApplicationBuilder AddOrganisations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentOrganisation>();
        return builder;
    }
}
