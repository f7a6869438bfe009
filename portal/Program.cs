using SozialHub.Portal.Authentication;
using SozialHub.Portal.Content;
using SozialHub.Portal.Errors;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.Organisations;
using SozialHub.Portal.Pages;
using SozialHub.Portal.Participation;
using SozialHub.Portal.Planning;
using SozialHub.Portal.Security;
using SozialHub.ServiceDefaults;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddPortalSignIn();
    builder.AddApiClient();
    builder.AddContentPages();
    builder.AddFigures();
    builder.AddPortalPages();
    builder.AddParticipation();
    builder.AddPlanning();
    builder.AddOrganisations();

    var app = builder.Build();
    app.UseSecurityHeaders();
    app.UseErrorPages();
    app.UsePortalSignIn();
    app.MapDefaultEndpoints();
    app.MapPortalPages();

    return await app.RunToEndAsync();
}
catch (Exception e) when (StartupException.Explain(e))
{
    return 1;
}

/// <summary>Visible to the test host.</summary>
public partial class Program;
