using GraphQL.Types;

namespace SozialHub.Api.GraphQL;

/// <summary>A feature's contribution to the root query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>The root query: each feature adds its fields (see the features' *Queries classes).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Everything SozialHub publishes: social spaces, districts, action fields, indicators and their values, and the directory of organisations, offerings, locations, facilities, cooperations and networks.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}

public sealed class SozialHubSchema : Schema
{
    public SozialHubSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "SozialHub: the data hub of integrated social planning (integrierte Sozialplanung).";
    }
}
