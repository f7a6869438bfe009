using SozialHub.Api.Analytics;
using SozialHub.Api.Audit;
using SozialHub.Api.Authorization;
using SozialHub.Api.Contributions;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Database;
using SozialHub.Api.Demography;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Hsds;
using SozialHub.Api.Imports;
using SozialHub.Api.Indicators.Catalogue;
using SozialHub.Api.Organizations.Members;
using SozialHub.Api.Proxies;
using SozialHub.Api.Reports;
using SozialHub.Api.Seed;
using SozialHub.Mail;
using SozialHub.ServiceDefaults;
using SozialHub.ServiceDefaults.Database;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddTrustedProxies();
    builder.AddDatabase<ApiDbContext, SqliteApiDbContext, MySqlApiDbContext>(ApiDbContext.ServiceName);
    builder.AddMail<ApiDbContext>();
    builder.AddImports();
    builder.AddImportWorkflow();
    builder.AddIndicatorCatalogue();
    builder.AddHubAuthorization();
    builder.AddAnalytics();
    builder.AddDemography();
    builder.AddParticipation();
    builder.AddOrganizationMembers();
    builder.AddDirectoryEditing();
    builder.AddAudit();
    builder.AddCooperations();
    builder.AddSocialReports();
    builder.AddGraphQLHub();
    builder.AddHsds();

    var app = builder.Build();
    app.UseTrustedProxies();
    app.UseHubAuthentication();
    app.MapDefaultEndpoints();
    app.MapGraphQLHub();
    app.MapHsds();
    app.MapImportUploads();

    return args.FirstOrDefault(a => a is "migrate" or "seed") switch
    {
        "migrate" => await app.MigrateDatabaseAsync<ApiDbContext>(),
        "seed" => await app.SeedDemoCityAsync(),
        _ => await app.RunToEndAsync(),
    };
}
catch (Exception e) when (StartupException.Explain(e))
{
    return 1;
}

/// <summary>Visible to the test host.</summary>
public partial class Program;
