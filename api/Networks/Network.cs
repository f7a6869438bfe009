using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Networks;

/// <summary>A Netzwerk: a Gremium or Arbeitskreis of organisations (methods.md §8).</summary>
public sealed class Network : Entity
{
    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    /// <summary>The organisation that convenes the network.</summary>
    public int? CoordinatorId { get; set; }

    public Organization? Coordinator { get; set; }

    public int? ActionFieldId { get; set; }

    public ActionField? ActionField { get; set; }

    /// <summary>How often it meets, in words, e.g. "monatlich" or "quartalsweise".</summary>
    public string? MeetingRhythm { get; set; }

    public List<Organization> Members { get; } = [];
}
