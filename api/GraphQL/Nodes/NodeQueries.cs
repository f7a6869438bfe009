using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.GraphQL.Nodes;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: any record by its global id, batched per type.</summary>
internal sealed class NodeQueries : IQueryFields
{
    public const int MaxIds = 50;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any record by its global id; null when there is none or it is not yours to read (then with an error).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as the record's `id` field gives it.")
            .ResolveAsync(async context => await LoadAsync(context, context.GetArgument<string>("id"), "id"));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Records by their global ids, in the same order; null where there is none or it is not yours to read. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, as the records' `id` fields give them.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw UserInput.Error($"'ids' has {ids.Count} ids, more than the maximum of {MaxIds}.");
                }

                var results = new List<IDataLoaderResult<object?>>();
                foreach (var id in ids)
                {
                    results.Add(await LoadAsync(context, id, "ids"));
                }

                return DataLoaderResults.All(results);
            });
    }

    // The type is known only here, at run time, so the type's read policy is checked here too: a node query
    // reveals nothing that the type's own query would not.
    private static async Task<IDataLoaderResult<object?>> LoadAsync(IResolveFieldContext context, string globalId, string argument)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
        {
            throw UserInput.Error($"'{globalId}' in '{argument}' is not a SozialHub id.");
        }

        if (context.Schema.AllTypes[typeName] is not (INodeType node and IGraphType type) || !await context.AuthorizeReadAsync(type))
        {
            return Nothing.Instance;
        }

        return node.LoadNode(context, id);
    }

    private sealed class Nothing : IDataLoaderResult<object?>
    {
        public static readonly Nothing Instance = new();

        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(null);
    }
}
