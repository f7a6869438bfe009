using System.Net.Mail;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>Checks and applies the contact, address and description fields of a new or changed organisation.</summary>
public static class OrganizationFields
{
    public const int MaxDescriptionLength = 20_000;

    public static void Apply(Organization organization, OrganizationContactInput input, UserErrors errors)
    {
        organization.Website = Website(input.Website, errors);
        organization.Email = Email("email", input.Email, errors, required: false);
        organization.Phone = errors.Text("phone", "Die Telefonnummer", input.Phone, Limits.Code, required: false);
        organization.Address.Street = errors.Text("street", "Die Straße", input.Street, Limits.Street, required: false);
        organization.Address.PostalCode = errors.Text("postalCode", "Die Postleitzahl", input.PostalCode, Limits.PostalCode, required: false);
        organization.Address.City = errors.Text("city", "Der Ort", input.City, Limits.City, required: false);
        organization.Description = errors.Text("description", "Die Beschreibung", input.Description, MaxDescriptionLength, required: false) ?? "";
    }

    /// <summary>A plausible address (one @, a domain), trimmed; null when absent or wrong (with an error).</summary>
    public static string? Email(string field, string? value, UserErrors errors, bool required)
    {
        var email = errors.Text(field, "Die E-Mail-Adresse", value, Limits.Email, required);
        if (email is null)
        {
            return null;
        }

        var valid = MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal);
        errors.InvalidIf(!valid, field, $"„{email}“ ist keine gültige E-Mail-Adresse.");
        return valid ? email : null;
    }

    private static string? Website(string? value, UserErrors errors)
    {
        var website = errors.Text("website", "Die Webadresse", value, Limits.Url, required: false);
        if (website is null)
        {
            return null;
        }

        var valid = Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        errors.InvalidIf(!valid, "website", "Die Webadresse muss mit https:// oder http:// beginnen, z. B. https://www.beispiel.de.");
        return valid ? website : null;
    }
}
