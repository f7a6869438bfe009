using System.Text.Json;
using Microsoft.Extensions.Options;
using SozialHub.Api.Offerings;

namespace SozialHub.Api.Hsds;

/// <summary>The read-only Open Referral HSDS 3.1 API under /hsds/ (standards.md), with the bulk exports.</summary>
public static class HsdsEndpoints
{
    /// <summary>HSDS field names are snake_case; absent values are left out rather than sent as null.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static IHostApplicationBuilder AddHsds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HsdsOptions>().BindConfiguration(HsdsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<HsdsReader>();
        return builder;
    }

    public static WebApplication MapHsds(this WebApplication app)
    {
        var hsds = app.MapGroup("/hsds");
        hsds.MapGet("/", () => Results.Json(new { version = HsdsMapping.Version, services_url = "/hsds/services", export_url = "/hsds/export.json" }, Json));
        hsds.MapGet("/services", (HttpRequest request, HsdsReader reader) => List(request, p => reader.ServicesAsync(p, request.HttpContext.RequestAborted)));
        hsds.MapGet("/services/{id}", async (string id, HsdsReader reader, CancellationToken cancellationToken) =>
            HsdsIds.TryRead(id, HsdsKind.Service, out var key) && await reader.ServiceAsync(key, cancellationToken) is { } service
                ? Results.Json(service, Json)
                : NotFound("service", id));
        hsds.MapGet("/organizations", (HttpRequest request, HsdsReader reader) =>
            List(request, p => reader.OrganizationsAsync(p, request.HttpContext.RequestAborted)));
        hsds.MapGet("/organizations/{id}", async (string id, HsdsReader reader, CancellationToken cancellationToken) =>
            HsdsIds.TryRead(id, HsdsKind.Organization, out var key) && await reader.OrganizationAsync(key, cancellationToken) is { } organization
                ? Results.Json(organization, Json)
                : NotFound("organization", id));
        hsds.MapGet("/taxonomies", (HttpRequest request) =>
            List(request, p => Task.FromResult(p.PageOf(2, [.. new[] { HsdsMapping.ActionFields, HsdsMapping.TargetGroups }.Skip(p.Skip).Take(p.PerPage)]))));
        hsds.MapGet("/taxonomy_terms", (HttpRequest request, HsdsReader reader) => List(request, async p =>
        {
            var terms = await reader.TermsAsync(request.HttpContext.RequestAborted);
            return p.PageOf(terms.Count, [.. terms.Skip(p.Skip).Take(p.PerPage)]);
        }));
        hsds.MapGet("/service_at_locations", (HttpRequest request, HsdsReader reader) =>
            List(request, p => reader.ServiceAtLocationsAsync(p, request.HttpContext.RequestAborted)));
        hsds.MapGet("/export.json", async (HsdsReader reader, Database.ApiDbContext db, CancellationToken cancellationToken) =>
            Results.Json(await reader.FullServicesAsync(db.Offerings.Published(), cancellationToken), Json));
        hsds.MapGet("/export.zip", async (HsdsReader reader, Database.ApiDbContext db, CancellationToken cancellationToken) =>
            Results.File(HsdsTabular.Zip(await reader.FullServicesAsync(db.Offerings.Published(), cancellationToken), [HsdsMapping.ActionFields, HsdsMapping.TargetGroups], Json),
                "application/zip", "sozialhub-hsds.zip"));
        return app;
    }

    private static async Task<IResult> List<T>(HttpRequest request, Func<HsdsParameters, Task<HsdsPage<T>>> read)
    {
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<HsdsOptions>>().Value;
            return Results.Json(await read(HsdsParameters.From(request.Query, options)), Json);
        }
        catch (HsdsParameterException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: $"Bad parameter '{e.Parameter}'",
                extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
        }
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem($"There is no published {what} with the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
