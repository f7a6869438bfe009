using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;

namespace SozialHub.Api.GraphQL;

public static class SchemaParts
{
    /// <summary>
    /// Every feature's <see cref="IQueryFields"/> and <see cref="IMutationFields"/>, and the generic graph types (connections, filters, sorts) that
    /// the schema closes per node type; GraphQL.NET resolves graph types through the container.
    /// </summary>
    public static IServiceCollection AddSchemaParts(this IServiceCollection services)
    {
        foreach (var part in new[] { typeof(IQueryFields), typeof(IMutationFields) })
        {
            var features = typeof(SchemaParts).Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && part.IsAssignableFrom(t));
            foreach (var feature in features.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(part, feature));
            }
        }

        Type[] generics =
        [
            typeof(ConnectionType<>), typeof(EdgeType<>), typeof(FilterInputType<>), typeof(SortInputType<>),
            typeof(ComparableOperationFilterInputType<>), typeof(EqualityOperationFilterInputType<>), typeof(EnumerationGraphType<>),
        ];
        foreach (var generic in generics)
        {
            services.TryAddTransient(generic);
        }

        return services;
    }
}
