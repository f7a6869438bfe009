using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Indicators.Catalogue;

public sealed record IndicatorPayload(Indicator? Indicator, IReadOnlyList<UserError> Errors);

/// <summary>
/// The planners' catalogue editor: create, change and retire indicators. Every field is checked before anything is
/// stored; a retired indicator keeps its values and stays readable by key.
/// </summary>
public sealed class IndicatorEditing(ApiDbContext db, TimeProvider time)
{
    public async Task<IndicatorPayload> CreateAsync(IndicatorInput input, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var key = Key(input.Key, errors);
        if (key is not null && await db.Indicators.AnyAsync(i => i.Key == key, cancellationToken))
        {
            errors.Add("key", UserErrorCode.Conflict, $"Den Schlüssel „{key}“ gibt es schon. Bitte wählen Sie einen anderen.");
        }

        var indicator = new Indicator { Key = key ?? "", Name = "" };
        await ApplyAsync(indicator, input, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new IndicatorPayload(null, errors);
        }

        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return new IndicatorPayload(indicator, errors);
    }

    public async Task<IndicatorPayload> UpdateAsync(IndicatorInput input, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var indicator = await FindAsync(input.Key, errors, cancellationToken);
        if (indicator is null)
        {
            return new IndicatorPayload(null, errors);
        }

        await ApplyAsync(indicator, input, errors, cancellationToken);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new IndicatorPayload(null, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new IndicatorPayload(indicator, errors);
    }

    /// <summary>Marks the indicator retired: its values stay, public lists leave it out, it takes no new values.</summary>
    public async Task<IndicatorPayload> RetireAsync(IndicatorKeyInput input, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var indicator = await FindAsync(input.Key, errors, cancellationToken);
        if (indicator?.RetiredAt is not null)
        {
            errors.Add("key", UserErrorCode.AlreadyDone, $"Der Indikator „{indicator.Name}“ ist schon stillgelegt.");
        }

        if (indicator is null || errors.Count > 0)
        {
            return new IndicatorPayload(null, errors);
        }

        indicator.RetiredAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new IndicatorPayload(indicator, errors);
    }

    private async Task<Indicator?> FindAsync(string? key, UserErrors errors, CancellationToken cancellationToken)
    {
        var text = key?.Trim() ?? "";
        var indicator = text.Length == 0 ? null : await db.Indicators.FirstOrDefaultAsync(i => i.Key == text, cancellationToken);
        errors.NotFoundIf(indicator is null, "key", $"Den Indikator „{text}“ gibt es nicht.");
        return indicator;
    }

    private static string? Key(string? value, UserErrors errors)
    {
        var key = errors.Text("key", "Der Schlüssel", value, Limits.Key);
        if (key is not null && !SocialSpaceImporter.KeyPattern().IsMatch(key))
        {
            errors.Add("key", UserErrorCode.Invalid,
                $"Der Schlüssel „{key}“ ist ungültig: nur Kleinbuchstaben a–z, Ziffern, „_“ und „-“, am Anfang ein Buchstabe oder eine Ziffer.");
            return null;
        }

        return key;
    }

    /// <summary>Checks every field and copies the valid ones onto the indicator; errors name the fields.</summary>
    private async Task ApplyAsync(Indicator indicator, IndicatorInput input, UserErrors errors, CancellationToken cancellationToken)
    {
        var name = errors.Text("name", "Der Name", input.Name, Limits.Name);
        var definition = errors.Text("definition", "Die Definition", input.Definition, IndicatorInput.DefinitionLength, required: false);
        var source = errors.Text("source", "Die Quelle", input.Source, Limits.Source, required: false);
        var numerator = errors.Text("numeratorLabel", "Der Zähler", input.NumeratorLabel, Limits.Name, required: false);
        var denominator = errors.Text("denominatorLabel", "Der Nenner", input.DenominatorLabel, Limits.Name, required: false);
        errors.InvalidIf(numerator is not null && denominator is null && string.IsNullOrWhiteSpace(input.DenominatorLabel), "denominatorLabel",
            "Zu einem Zähler gehört ein Nenner: bitte geben Sie an, was der Nenner zählt, oder lassen Sie den Zähler leer.");
        errors.InvalidIf(denominator is not null && numerator is null && string.IsNullOrWhiteSpace(input.NumeratorLabel), "numeratorLabel",
            "Zu einem Nenner gehört ein Zähler: bitte geben Sie an, was der Zähler zählt, oder lassen Sie den Nenner leer.");
        errors.InvalidIf(input.Scale is < 1 or > 1_000_000, "scale", "Der Faktor muss zwischen 1 und 1.000.000 liegen.");
        errors.InvalidIf(input.SuppressionThreshold < 0, "suppressionThreshold", "Die Sperrgrenze darf nicht negativ sein (0 schaltet die Sperrung ab).");
        errors.InvalidIf(input.SuppressionThreshold > IndicatorInput.MaxSuppressionThreshold, "suppressionThreshold",
            $"Die Sperrgrenze darf höchstens {IndicatorInput.MaxSuppressionThreshold} sein.");
        var actionField = await ActionFieldAsync(input.ActionField, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return;
        }

        indicator.Name = name!;
        indicator.Definition = definition ?? "";
        indicator.Unit = input.Unit;
        indicator.Polarity = input.Polarity;
        indicator.ActionFieldId = actionField;
        indicator.Source = source ?? "";
        indicator.Periodicity = input.Periodicity;
        indicator.NumeratorLabel = numerator;
        indicator.DenominatorLabel = denominator;
        indicator.Scale = input.Scale ?? input.Unit.DefaultScale();
        indicator.SuppressionThreshold = input.SuppressionThreshold;
        indicator.InStatusIndex = input.InStatusIndex;
    }

    private async Task<int?> ActionFieldAsync(string? key, UserErrors errors, CancellationToken cancellationToken)
    {
        var text = key?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var id = await db.ActionFields.Where(a => a.Key == text).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        errors.NotFoundIf(id is null, "actionField", $"Das Handlungsfeld „{text}“ gibt es nicht.");
        return id;
    }
}
