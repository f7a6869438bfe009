using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Participation;

/// <summary>
/// The "Schreiben als" choice of a form that posts: oneself, or one of the organisations the person is a member of
/// (the API checks the membership again). Without memberships the form shows no choice.
/// </summary>
/// <param name="Chosen">The organisation's global id, or null for oneself.</param>
public sealed record PostAs(IReadOnlyList<IdName> Organizations, string? Chosen = null, string? Error = null)
{
    /// <summary>The form field, named as the API's input field.</summary>
    public const string Field = "organizationId";

    public static readonly PostAs Oneself = new([]);

    public bool Offered => Organizations.Count > 0;

    /// <summary>For the API's input: only a chosen organisation, blank means oneself.</summary>
    public string? OrganizationId => string.IsNullOrEmpty(Chosen) ? null : Chosen;
}
