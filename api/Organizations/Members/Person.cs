using System.Security.Claims;
using OpenIddict.Abstractions;
using SozialHub.Api.Contributions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// The signed-in person as a membership records them: subject, display name and e-mail address from the access
/// token (identity puts the address in when the portal asks for the <c>email</c> scope, ADR 0014).
/// </summary>
public sealed record Person(string Subject, string Name, string? Email, bool HasConfirmedEmail)
{
    public static Person Of(ClaimsPrincipal? user)
    {
        var participant = Participant.Of(user);
        var email = user?.GetClaim(Claims.Email)?.Trim();
        return new Person(participant.Subject, participant.Name, string.IsNullOrEmpty(email) ? null : email, participant.HasConfirmedEmail);
    }
}
