using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IHostApplicationBuilder AddGraphQLHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSchemaParts();
        builder.Services.AddScoped<DataLoaders>();
        var httpOptions = GraphQLOptions.Read(builder.Configuration);
        builder.Services.AddGraphQLHttp(httpOptions);
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<SozialHubSchema>()
            .AddGraphTypes(typeof(SozialHubSchema).Assembly)
            .AddSystemTextJson()
            .AddAuthorizationRule()
            // Resolvers share the request's DbContext, which allows one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddHttpSafeguards(httpOptions, builder.Environment.IsDevelopment()));
        return builder;
    }

    public static WebApplication MapGraphQLHub(this WebApplication app)
    {
        app.MapGraphQLHttp();
        return app;
    }
}
