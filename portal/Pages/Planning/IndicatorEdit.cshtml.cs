using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>
/// Planners: create an indicator (no key in the route) or edit one, and retire it after a confirmation. Refused input
/// comes back with the API's German message next to each field and everything as typed.
/// </summary>
public sealed class IndicatorEditModel(GraphQLClient graphQL) : PlannerPageModel
{
    [FromRoute]
    public string? Key { get; set; }

    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    [BindProperty]
    public bool ConfirmRetire { get; set; }

    public bool IsNew => string.IsNullOrEmpty(Key);

    public EditableIndicator? Existing { get; private set; }

    public IReadOnlyList<KeyName> ActionFields { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form = Existing is null ? new IndicatorForm() : IndicatorForm.Of(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Key = IsNew ? Form.Key : Key!;
        var (input, errors) = Form.ToInput();
        Errors = errors;
        if (input is not null)
        {
            var operation = IsNew ? IndicatorMutationData.Create : IndicatorMutationData.Update;
            var payload = (await graphQL.QueryAsync(operation, new { input }, ct)).Payload;
            if (payload.Errors.Count == 0)
            {
                TempData[BatchesModel.NoticeKey] = $"Der Indikator „{Form.Name.Trim()}“ wurde gespeichert.";
                return RedirectToPage("Indicators");
            }

            Collect(payload.Errors);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Existing is null)
        {
            return NotFound();
        }

        Form = IndicatorForm.Of(Existing);
        if (!ConfirmRetire)
        {
            Errors["confirmRetire"] = "Bitte bestätigen Sie das Stilllegen.";
        }
        else
        {
            var payload = (await graphQL.QueryAsync(IndicatorMutationData.Retire, new { input = new { key = Existing.Key } }, ct)).Payload;
            if (payload.Errors.Count == 0)
            {
                TempData[BatchesModel.NoticeKey] = $"Der Indikator „{Existing.Name}“ wurde stillgelegt; seine Werte bleiben erhalten.";
                return RedirectToPage("Indicators");
            }

            Errors["confirmRetire"] = string.Join(" ", payload.Errors.Select(e => e.Message));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>A text field of the form with its value as typed and its message.</summary>
    public FieldView Field(string field, string label, string? hint = null, int maxLength = 200, string type = "text", bool required = false)
    {
        var value = field switch
        {
            "key" => Form.Key,
            "name" => Form.Name,
            "definition" => Form.Definition,
            "source" => Form.Source,
            "numeratorLabel" => Form.NumeratorLabel,
            "denominatorLabel" => Form.DenominatorLabel,
            "scale" => Form.Scale,
            "suppressionThreshold" => Form.SuppressionThreshold,
            _ => throw new ArgumentException($"No text field {field}.", nameof(field)),
        };
        return new FieldView(field, "Form." + char.ToUpperInvariant(field[0]) + field[1..], label, value, Error(field), hint, maxLength, type, required);
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    private void Collect(IReadOnlyList<UserError> errors)
    {
        foreach (var group in errors.GroupBy(e => e.Field ?? ""))
        {
            Errors[group.Key] = string.Join(" ", group.Select(e => e.Message));
        }
    }

    /// <summary>The action fields, and the indicator being edited; false when the route names none that exists.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var data = await graphQL.QueryAsync(PlanningIndicatorsData.Operation, cancellationToken: ct);
        ActionFields = data.ActionFields.Nodes;
        Existing = data.Indicators.Nodes.FirstOrDefault(i => i.Key == Key);
        return IsNew || Existing is not null;
    }
}
