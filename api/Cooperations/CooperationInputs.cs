namespace SozialHub.Api.Cooperations;

// The mutations' inputs as GraphQL.NET fills them from the input objects (CooperationInputTypes.cs).

public sealed class ProposeCooperationInput
{
    /// <summary>The proposing organisation (global id); the caller acts for it.</summary>
    public string? Organization { get; set; }

    public string? Partner { get; set; }

    public CooperationForm? Form { get; set; }

    public int? Intensity { get; set; }

    public Formality? Formality { get; set; }

    /// <summary>Action field keys.</summary>
    public List<string>? ActionFields { get; set; }

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }

    public string? Description { get; set; }
}

/// <summary>For confirm and decline: the cooperation only.</summary>
public sealed class CooperationIdInput
{
    public string? Id { get; set; }
}

public sealed class EndCooperationInput
{
    public string? Id { get; set; }

    /// <summary>The last day; today (Europe/Berlin) when absent.</summary>
    public DateOnly? Until { get; set; }
}

/// <summary>What every cooperation mutation answers: the cooperation as it is now, or why nothing changed.</summary>
public sealed record CooperationPayload(Cooperation? Cooperation, IReadOnlyList<GraphQL.UserError> Errors)
{
    public static CooperationPayload Failed(IReadOnlyList<GraphQL.UserError> errors) => new(null, errors);

    public static CooperationPayload Done(Cooperation cooperation) => new(cooperation, []);
}
