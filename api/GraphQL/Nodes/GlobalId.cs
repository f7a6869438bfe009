using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SozialHub.Api.GraphQL.Nodes;

/// <summary>
/// Global ids as HotChocolate users know them: opaque base64 of <c>TypeName:databaseId</c>. Clients must not
/// parse them; the encoding only has to stay stable.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        (typeName, id) = ("", 0);
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200 || !Base64.IsValid(globalId))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>The database id in a global id of the expected type; a BAD_USER_INPUT error otherwise.</summary>
    public static int Decode(string? globalId, string expectedType, string argument)
    {
        if (TryDecode(globalId, out var typeName, out var id) && typeName == expectedType)
        {
            return id;
        }

        throw UserInput.Error($"'{globalId}' in '{argument}' is not the id of a {expectedType}.");
    }
}
