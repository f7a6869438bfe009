using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SozialHub.Identity.Accounts;

/// <summary>Identity's tokens (Base64 with '+', '/', '=') made safe for a link's query string, and back.</summary>
public static class LinkCodes
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <returns>null when the code was cut off or tampered with so that it is not Base64 at all.</returns>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
