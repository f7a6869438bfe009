namespace SozialHub.Identity.OpenId;

/// <summary>The scopes of the hub's API and the resource (audience) they grant access to.</summary>
public static class HubScopes
{
    public const string Read = "hub.read";
    public const string Write = "hub.write";

    /// <summary>The API's audience: access tokens with a hub scope carry it in <c>aud</c>.</summary>
    public const string ApiResource = "sozialhub-api";
}
