namespace SozialHub.Api.Networks;

// The mutations' inputs as GraphQL.NET fills them from the input objects (NetworkInputTypes.cs).

/// <summary>A network's data; for create, and for update together with its id (every field replaced, members only when given).</summary>
public sealed class NetworkInput
{
    /// <summary>Update only: the network (global id).</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The coordinating organisation (global id).</summary>
    public string? Coordinator { get; set; }

    /// <summary>Action field key.</summary>
    public string? ActionField { get; set; }

    public string? MeetingRhythm { get; set; }

    /// <summary>Member organisations (global ids); on update unchanged when absent.</summary>
    public List<string>? Members { get; set; }
}

/// <summary>Adds an organisation to a network or removes it.</summary>
public sealed class NetworkMemberInput
{
    public string? Network { get; set; }

    public string? Organization { get; set; }
}

public sealed record NetworkPayload(Network? Network, IReadOnlyList<GraphQL.UserError> Errors)
{
    public static NetworkPayload Failed(IReadOnlyList<GraphQL.UserError> errors) => new(null, errors);

    public static NetworkPayload Done(Network network) => new(network, []);
}
