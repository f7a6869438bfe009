using Microsoft.Extensions.Options;

namespace SozialHub.Api.GraphQL.Connections;

/// <summary>The page sizes of every connection: <c>GraphQL:DefaultPageSize</c> and <c>GraphQL:MaxPageSize</c> (50 and 500).</summary>
public sealed record PageSizes(int Default, int Max)
{
    public static PageSizes For(IServiceProvider? services)
    {
        var options = services?.GetService<IOptions<GraphQLOptions>>()?.Value ?? new GraphQLOptions();
        return new PageSizes(options.DefaultPageSize, options.MaxPageSize);
    }
}
