using Microsoft.AspNetCore.Identity;

namespace SozialHub.Identity.Accounts;

/// <summary>A person's account: citizen, planner or member of an organisation (roles tell which).</summary>
/// <remarks>Its own type so that account fields can be added later without touching every store registration.</remarks>
public sealed class ApplicationUser : IdentityUser;
