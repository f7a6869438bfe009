using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Districts;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IHostApplicationBuilder AddGraphQLHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IQueryFields, DistrictQueries>();
        builder.Services.AddSingleton<IQueryFields, SocialSpaceQueries>();
        builder.Services.AddSingleton<IQueryFields, ActionFieldQueries>();
        builder.Services.AddSingleton<IQueryFields, IndicatorQueries>();
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.AddSingleton<GraphQLEndpoint>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<SozialHubSchema>()
            .AddGraphTypes(typeof(SozialHubSchema).Assembly)
            .AddSystemTextJson()
            // Resolvers share the request's DbContext, which allows one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = builder.Environment.IsDevelopment()));
        return builder;
    }

    public static WebApplication MapGraphQLHub(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }
}
