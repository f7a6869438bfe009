using GraphQL.Types;

namespace SozialHub.Api.GraphQL.Nodes;

/// <summary>The Relay <c>Node</c> interface: every stored record can be fetched again by its global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A stored record with a global id; `node(id:)` and `nodes(ids:)` fetch it again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: opaque, stable while the record exists.");
    }
}
