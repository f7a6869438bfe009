using SozialHub.Identity;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Clients;
using SozialHub.Identity.Database;
using SozialHub.Identity.OpenId;
using SozialHub.Identity.Pages;
using SozialHub.Identity.Participation;
using SozialHub.Identity.Security;
using SozialHub.Mail;
using SozialHub.ServiceDefaults;
using SozialHub.ServiceDefaults.Database;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddDatabase<AccountsDbContext, SqliteAccountsDbContext, MySqlAccountsDbContext>(AccountsDbContext.ServiceName);
    builder.AddAccounts();
    builder.AddOpenIdServer();
    builder.AddClients();
    builder.AddMail<AccountsDbContext>();
    builder.AddParticipation();
    builder.AddRateLimits();
    builder.AddPages();

    var app = builder.Build();
    app.UseSecurityHeaders();
    app.UseStaticFiles();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.MapDefaultEndpoints();
    app.MapOpenIdEndpoints();
    app.MapRazorPages();

    return args.FirstOrDefault(a => a is "migrate") switch
    {
        "migrate" => await app.MigrateDatabaseAsync<AccountsDbContext>(),
        _ => await app.RunToEndAsync(),
    };
}
catch (Exception e) when (StartupException.Explain(StartupErrors.Normalize(e)))
{
    return 1;
}

/// <summary>Visible to the test host.</summary>
public partial class Program;
