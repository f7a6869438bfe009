using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SozialHub.Identity.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Accounts;

public static class AccountsExtensions
{
    /// <summary>ASP.NET Core Identity on the accounts database, with the policies of docs/standards.md.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length counts, composition rules do not.
                options.Password.RequiredLength = 10;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;

                options.User.RequireUniqueEmail = true;

                // Identity's claims use the OpenID Connect names, so they go into tokens unchanged.
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
                options.ClaimsIdentity.EmailClaimType = Claims.Email;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        // Cookies, antiforgery and e-mail tokens stay valid across restarts and instances.
        builder.Services.AddDataProtection()
            .SetApplicationName("SozialHub.Identity")
            .PersistKeysToDbContext<AccountsDbContext>();
        return builder;
    }
}
