namespace SozialHub.Api.Authorization;

/// <summary>
/// The authorization policies that GraphQL types and fields name with <c>AuthorizeWithPolicy(...)</c>.
/// Roles come from the identity server's <c>role</c> claims, scopes from the access token's <c>scope</c>;
/// machine clients (client credentials) hold only what <c>Authorization:MachineClients</c> grants them.
/// </summary>
public static class HubPolicies
{
    public const string Planner = "planner";
    public const string Organization = "organization";
    public const string Citizen = "citizen";
    public const string Admin = "admin";

    /// <summary>The token carries the scope <c>hub.read</c>.</summary>
    public const string Read = "hub.read";

    /// <summary>The token carries the scope <c>hub.write</c>, and a machine client is also granted it by configuration.</summary>
    public const string Write = "hub.write";

    /// <summary>A person signed in (through the portal), not a machine client.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>
    /// A machine client of the identity server that anonymises and exports a person's contributions when they delete
    /// their account or download their data; only by configuration, never a person.
    /// </summary>
    public const string AccountData = "account-data";

    public static readonly IReadOnlyList<string> Roles = [Planner, Organization, Citizen, Admin];

    public static readonly IReadOnlyList<string> All = [.. Roles, Read, Write, SignedIn, AccountData];

    /// <summary>What configuration may grant a machine client: the roles, writing and account data.</summary>
    public static readonly IReadOnlyList<string> Grantable = [.. Roles, Write, AccountData];
}
