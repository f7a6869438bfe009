using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Network;

/// <summary>
/// The public network: organisations and their confirmed cooperations as a graph (Cytoscape.js, drawn by
/// wwwroot/js/network.js from a JSON block) and as a table, filtered by action field on the server so it works without JavaScript.
/// </summary>
public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Forms = new Dictionary<string, string>
    {
        ["SPONTANEOUS_HELP"] = "spontane Hilfe", ["RESOURCE_SHARING"] = "verbindliche Ressourcenteilung",
        ["JOINT_EVENT"] = "gemeinsame Veranstaltung", ["BINDING_PROJECT"] = "Projekt mit verbindlicher Struktur",
    };

    [FromQuery(Name = "handlungsfeld")]
    public string? ActionField { get; set; }

    public NetworkPageData Data { get; private set; } = null!;

    public IReadOnlyList<PublicCooperation> Cooperations { get; private set; } = [];

    public string GraphJson { get; private set; } = "{}";

    public string FormName(string form) => Forms.GetValueOrDefault(form, form);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await graphQL.QueryAsync(NetworkPageData.Operation, cancellationToken: cancellationToken);
        Cooperations = [.. Data.Cooperations.Nodes.Where(c => string.IsNullOrEmpty(ActionField) || c.ActionFields.Any(a => a.Key == ActionField))];
        var organizations = Cooperations.SelectMany(c => new[] { c.Proposer, c.Partner }).DistinctBy(o => o.Id);
        GraphJson = JsonSerializer.Serialize(new
        {
            nodes = organizations.Select(o => new { id = o.Id, label = o.Name }),
            edges = Cooperations.Select(c => new { id = c.Id, source = c.Proposer.Id, target = c.Partner.Id, intensity = c.Intensity }),
        });
    }
}
