using System.Security.Claims;

namespace SozialHub.Portal.Authentication;

/// <summary>Who is signed in, as the page header shows it: display name and roles in German.</summary>
public sealed record SignedInUser(string Name, IReadOnlyList<string> Roles)
{
    /// <summary>The signed-in person, or null for anonymous visitors.</summary>
    public static SignedInUser? Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var name = user.FindFirst(PortalClaims.Name)?.Value ?? user.FindFirst(PortalClaims.Email)?.Value ?? "Unbekannt";
        return new SignedInUser(name, [.. user.FindAll(PortalClaims.Role).Select(role => Label(role.Value)).Distinct()]);
    }

    private static string Label(string role) => role switch
    {
        "citizen" => "Bürgerin oder Bürger",
        "organization" => "Träger/Organisation",
        "planner" => "Sozialplanung",
        "admin" => "Administration",
        _ => role,
    };
}

/// <summary>The claim names of the identity server's tokens, kept as they are (no mapping to .NET's long names).</summary>
public static class PortalClaims
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
}
