namespace SozialHub.Api;

/// <summary>Column sizes shared by the model and input validation.</summary>
/// <remarks>Indexed text columns stay well below MariaDB's 3072-byte key limit at 4 bytes a character (utf8mb4).</remarks>
public static class Limits
{
    public const int Key = 64;
    public const int Name = 200;
    public const int Source = 200;
    public const int FileName = 260;
    public const int Person = 200;

    /// <summary>A token's <c>sub</c> claim (identity's account ids are GUIDs; machine clients use their client id).</summary>
    public const int Subject = 200;
    public const int Message = 2000;

    /// <summary>Short codes and labels: legal forms, register numbers, phone numbers, language codes.</summary>
    public const int Code = 64;

    /// <summary>RFC 5321 caps a forward path at 254 characters.</summary>
    public const int Email = 254;

    public const int Url = 500;
    public const int Street = 200;
    public const int PostalCode = 16;
    public const int City = 100;
    public const int Country = 2;
}
