using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Audit;

/// <summary>Who made a change, from the request's access token.</summary>
public sealed record AuditActor(string Subject, string Name)
{
    public const string Anonymous = "anonym";

    /// <summary>The caller of the current request, or null outside a request (seeding at start, migrations): not audited.</summary>
    public static AuditActor? Of(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new(Anonymous, Anonymous);
        }

        var subject = user.GetClaim(Claims.Subject) ?? Anonymous;
        return new(Clip(subject, Limits.Subject), Clip(NameOf(user) ?? subject, Limits.Person));
    }

    // A person's display name; identity falls back to the e-mail address, which the log does not need.
    private static string? NameOf(ClaimsPrincipal user) =>
        new[] { user.GetClaim(Claims.Name), user.GetClaim(Claims.PreferredUsername) }
            .Select(n => n?.Trim())
            .FirstOrDefault(n => !string.IsNullOrEmpty(n) && !n.Contains('@', StringComparison.Ordinal));

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
