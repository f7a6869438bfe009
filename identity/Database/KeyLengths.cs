namespace SozialHub.Identity.Database;

/// <summary>Sizes of the key columns (characters); see <c>AccountsDbContext.SizeKeyColumns</c>.</summary>
public static class KeyLengths
{
    /// <summary>Account and role ids: GUID strings (36 characters) with room to spare.</summary>
    public const int Id = 64;

    /// <summary>External login providers, their keys and token names.</summary>
    public const int Provider = 128;

    /// <summary>OpenIddict's entity ids: GUID strings (36 characters); 100 like its client ids.</summary>
    public const int OpenIddictId = 100;

    /// <summary>A token's or authorization's subject: an account id or a client id (at most 100).</summary>
    public const int Subject = 255;
}
