using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Organisations;

namespace SozialHub.Portal.Pages.Organisation;

/// <summary>Request a new organisation; the person becomes its owner, planners verify it.</summary>
[Authorize]
public sealed class NewModel(GraphQLClient graphQL) : TeamPageModel(graphQL)
{
    /// <summary>The form's fields: input name → German label, required.</summary>
    public static readonly (string Name, string Label, bool Required, string Type)[] Fields =
    [
        ("name", "Name der Organisation", true, "text"),
        ("legalStatus", "Rechtsform, z. B. e.V. oder gGmbH", false, "text"),
        ("registerNumber", "Registernummer, z. B. VR 1234", false, "text"),
        ("street", "Straße und Hausnummer", false, "text"),
        ("postalCode", "Postleitzahl", false, "text"),
        ("city", "Ort", false, "text"),
        ("website", "Webadresse", false, "url"),
        ("email", "E-Mail-Adresse für Anfragen", false, "email"),
        ("phone", "Telefon", false, "tel"),
    ];

    [BindProperty]
    public Dictionary<string, string?> Input { get; set; } = [];

    [BindProperty]
    public string? ParentOrganization { get; set; }

    public Connection<IdName> Organizations { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken ct) =>
        Organizations = (await GraphQL.QueryAsync(OrganisationHomeData.Operation, cancellationToken: ct)).Organizations;

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Fields.ToDictionary(f => f.Name, f => (object?)Input.GetValueOrDefault(f.Name));
        input["parentOrganization"] = string.IsNullOrEmpty(ParentOrganization) ? null : ParentOrganization;
        return RunAsync(TeamMutationData.RequestOrganization, input,
            "Ihre Organisation ist beantragt. Sie sind ihr Inhaber; die Sozialplanung prüft sie.", () => OnGetAsync(ct), ct);
    }
}
