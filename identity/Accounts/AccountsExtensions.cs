using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SozialHub.Identity.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Accounts;

public static class AccountsExtensions
{
    public const int MinimumPasswordLength = 10;

    public const string SignInPath = "/anmelden";
    public const string SignOutPath = "/abmelden";
    public const string AccessDeniedPath = "/kein-zugriff";

    /// <summary>
    /// ASP.NET Core Identity on the accounts database, with the policies of docs/standards.md, the account
    /// services the pages use, and the roles (and Development demo accounts) created at start. Call after
    /// <c>AddDatabase</c>, so the seeder runs after the migrator.
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccountOptions>, AccountOptionsValidator>();

        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length counts, composition rules do not; common passwords are refused
                // by CommonPasswordValidator.
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;

                // The e-mail address is the user name; any address the e-mail check accepts is fine.
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "";
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;

                // AccountSignIn checks the confirmation itself, after the password (so it reveals nothing).
                options.SignIn.RequireConfirmedEmail = false;

                // Identity's claims use the OpenID Connect names, so they go into tokens unchanged.
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
                options.ClaimsIdentity.EmailClaimType = Claims.Email;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.ConfirmationLinkLifetime);
        services.AddOptions<PasswordResetTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.PasswordResetLinkLifetime);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.Name = "sozialhub.konto";
            cookie.Cookie.HttpOnly = true;
            // Lax: the cookie must come along when the portal sends the browser to /connect/authorize.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // A changed password, e-mail address or a deleted account ends other sessions within minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));

        // Cookies, antiforgery and e-mail tokens stay valid across restarts and instances.
        services.AddDataProtection()
            .SetApplicationName("SozialHub.Identity")
            .PersistKeysToDbContext<AccountsDbContext>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountMails>();
        services.AddScoped<AccountDataExport>();
        services.AddScoped<AccountDeletion>();
        services.AddHostedService<AccountSeeder>();
        return builder;
    }
}
