using SozialHub.Api.Database;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;

namespace SozialHub.Api.Organizations;

/// <summary>A Träger: a welfare organisation, association, school or city office (HSDS <c>organization</c>).</summary>
public sealed class Organization : Entity
{
    public required string Name { get; set; }

    /// <summary>Markdown; HSDS requires a description.</summary>
    public string Description { get; set; } = "";

    /// <summary>Legal form, e.g. "e.V." or "gGmbH" (HSDS <c>legal_status</c>).</summary>
    public string? LegalStatus { get; set; }

    /// <summary>Register number, e.g. "VR 1234, Amtsgericht Saarbrücken" (HSDS <c>organization_identifier</c>).</summary>
    public string? RegisterNumber { get; set; }

    /// <summary>The umbrella association (Dachverband), e.g. the Paritätische for a member association.</summary>
    public int? ParentOrganizationId { get; set; }

    public Organization? ParentOrganization { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public PostalAddress Address { get; set; } = new();

    /// <summary>Planners checked that the organisation exists and who speaks for it.</summary>
    public bool IsVerified { get; set; }

    /// <summary>Planners decided that the organisation's offerings go public only after a planner approved them.</summary>
    public bool RequiresReview { get; set; }

    /// <summary>The networks the organisation is a member of.</summary>
    public List<Network> Networks { get; } = [];
}
