using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Indicators;

/// <summary>An indicator's values of every Sozialraum and year, and the city values, as a German Excel CSV file.</summary>
public sealed class CsvModel(GraphQLClient graphQL) : PageModel
{
    public static readonly string[] Header = ["Sozialraum", "Schlüssel", "Stadtteil", "Jahr", "Wert", "Einheit", "vorläufig"];

    public const string City = "Stadt gesamt";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(IndicatorDetailData.Operation, new { key }, cancellationToken);
        if (data.Indicator is not { } indicator)
        {
            return NotFound();
        }

        var unit = Format.Unit(indicator.Unit, indicator.UnitLabel);
        var spaces = data.SocialSpaces.Nodes.ToDictionary(s => s.Key);
        var rows = indicator.Values
            .Where(v => spaces.ContainsKey(v.SocialSpace.Key))
            .OrderBy(v => spaces[v.SocialSpace.Key].Name, StringComparer.CurrentCulture).ThenBy(v => v.Year)
            .Select(v =>
            {
                var space = spaces[v.SocialSpace.Key];
                return (IReadOnlyList<string>)[space.Name, space.Key, space.District.Name, $"{v.Year}", GermanCsv.Number(v.Value, v.Suppressed), unit, v.IsProvisional ? "ja" : "nein"];
            })
            .Concat(indicator.CityValues.Where(c => c.Value is not null).OrderBy(c => c.Year)
                .Select(c => (IReadOnlyList<string>)[City, "", "", $"{c.Year}", GermanCsv.Number(c.Value!.Value), unit, ""]));
        return File(GermanCsv.Write([Header, .. rows]), GermanCsv.ContentType, $"indikator-{indicator.Key}.csv");
    }
}
