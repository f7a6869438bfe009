using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialHub.Api.GraphQL.Caching;
using SozialHub.Api.GraphQL.Limits;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>Registers and maps the HTTP side of /graphql: transport, limits, error masking, GraphiQL.</summary>
public static class GraphQLHttpExtensions
{
    public const string Path = "/graphql";

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, GraphQLOptions options)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<DocumentCache>());
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLPages>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton(options.ResponseCache);
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<IInterceptor, DataChangeInterceptor>();
        services.AddGraphQLRateLimiting(options.RateLimit);
        return services;
    }

    /// <summary>Error masking (field suggestions only in Development) and the limits on documents.</summary>
    public static IGraphQLBuilder AddHttpSafeguards(this IGraphQLBuilder graphql, GraphQLOptions options, bool development) =>
        graphql
            .AddErrorInfoProvider(new MaskingErrorInfoProvider(fieldSuggestions: development))
            .AddLimits(options);

    /// <summary>
    /// /graphql (GET, POST) behind the rate limiter, the SDL at /graphql/schema.graphql, and the static files
    /// GraphiQL needs. Call after authentication so that the rate limiter sees who the caller is.
    /// </summary>
    public static WebApplication MapGraphQLHttp(this WebApplication app)
    {
        // Built now rather than on the first request: a broken schema stops the start, and no request waits for it.
        app.Services.GetRequiredService<ISchema>().Initialize();

        var contentTypes = new FileExtensionContentTypeProvider();
        // HTML only through /graphql, which adds the page's security headers; wwwroot holds the page's template.
        contentTypes.Mappings.Remove(".html");
        contentTypes.Mappings.Remove(".htm");
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = file => GraphQLPages.AddPageHeaders(file.Context.Response.Headers),
        });
        app.UseRateLimiter();

        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http))
            .RequireRateLimiting(GraphQLRateLimiting.Policy);
        app.MapGet(Path + "/schema.graphql", (HttpContext http, GraphQLPages pages) => pages.WriteSdlAsync(http))
            .RequireRateLimiting(GraphQLRateLimiting.Policy);
        return app;
    }
}
