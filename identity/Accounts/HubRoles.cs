namespace SozialHub.Identity.Accounts;

/// <summary>The roles the hub knows, created at start. The API maps them to its authorization policies.</summary>
public static class HubRoles
{
    public const string Citizen = "citizen";
    public const string Organization = "organization";
    public const string Planner = "planner";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Citizen, Organization, Planner, Admin];

    public static string Label(string role) => role switch
    {
        Citizen => "Bürgerin oder Bürger",
        Organization => "Mitglied einer Organisation (Träger)",
        Planner => "Sozialplanung",
        Admin => "Administration",
        _ => role,
    };
}

/// <summary>Claims the hub adds to the standard ones; stored as user claims and copied into tokens.</summary>
public static class HubClaims
{
    /// <summary>
    /// One per organisation a member of role <c>organization</c> acts for; the value is the organisation's
    /// identifier in the API. The identity service holds no domain data, so it does not check that it exists.
    /// </summary>
    public const string Organization = "org";

    public const int OrganizationLength = 100;
}
