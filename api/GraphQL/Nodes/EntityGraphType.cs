using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SozialHub.Api.Database;

namespace SozialHub.Api.GraphQL.Nodes;

/// <summary>A graph type whose records <c>node(id:)</c> can load.</summary>
public interface INodeType
{
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id);
}

/// <summary>
/// The base of every entity's graph type: named after its class (<c>SocialSpaceType</c> → <c>SocialSpace</c>, which
/// the connection, filter and sort types build on), implements <c>Node</c> and serves the global id.
/// </summary>
public abstract class EntityGraphType<TEntity> : ObjectGraphType<TEntity>, INodeType
    where TEntity : class, IRecord
{
    protected EntityGraphType(string description)
    {
        Name = GraphTypeName.Of(GetType());
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is TEntity;
        var typeName = Name;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global id: opaque, stable while the record exists; `node(id:)` fetches it again.")
            .Resolve(context => GlobalId.Encode(typeName, context.Source.Id));
    }

    public virtual IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id) => context.LoadById<TEntity>(id).Then(e => (object?)e);
}

public static class GraphTypeName
{
    /// <summary>GraphQL.NET's convention: the class name without a <c>GraphType</c> or <c>Type</c> suffix.</summary>
    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^"GraphType".Length]
            : name.EndsWith("Type", StringComparison.Ordinal) ? name[..^"Type".Length]
            : name;
    }

    public static string Of<TGraphType>() => Of(typeof(TGraphType));
}
