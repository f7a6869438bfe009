using GraphQL.Types;
using SozialHub.Api.Database;

namespace SozialHub.Api.Indicators.Catalogue;

/// <summary>What <c>createIndicator</c> and <c>updateIndicator</c> take: the whole definition (the key names it on update).</summary>
public sealed class IndicatorInput
{
    public const int DefinitionLength = 10_000;
    public const int MaxSuppressionThreshold = 1000;

    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Definition { get; set; }

    public IndicatorUnit Unit { get; set; }

    public Polarity Polarity { get; set; }

    public string? ActionField { get; set; }

    public string? Source { get; set; }

    public Periodicity Periodicity { get; set; } = Periodicity.Yearly;

    public string? NumeratorLabel { get; set; }

    public string? DenominatorLabel { get; set; }

    public int? Scale { get; set; }

    public int SuppressionThreshold { get; set; } = 3;

    public bool InStatusIndex { get; set; }
}

public sealed class IndicatorKeyInput
{
    public string Key { get; set; } = "";
}

public sealed class IndicatorInputType : InputObjectGraphType<IndicatorInput>
{
    public IndicatorInputType()
    {
        Name = "IndicatorInput";
        Description = "An indicator's definition (methods.md §1). On update the key names the indicator and does not change.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description($"Stable key: lower-case letters, digits, `_` and `-`, at most {Limits.Key} characters, e.g. `sgb2_share`.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"German name, at most {Limits.Name} characters.");
        Field<StringGraphType>("definition").Description($"Definition (Markdown; shown sanitized), at most {IndicatorInput.DefinitionLength} characters.");
        Field<NonNullGraphType<EnumerationGraphType<IndicatorUnit>>>("unit").Description("The unit of the values.");
        Field<NonNullGraphType<EnumerationGraphType<Polarity>>>("polarity").Description("Which direction means more burden.");
        Field<StringGraphType>("actionField").Description("The action field (key); empty for none.");
        Field<StringGraphType>("source").Description($"Who delivers the numbers, at most {Limits.Source} characters.");
        Field<NonNullGraphType<EnumerationGraphType<Periodicity>>>("periodicity").Description("How often values are delivered.")
            .DefaultValue(Periodicity.Yearly);
        Field<StringGraphType>("numeratorLabel").Description("For a rate: what the numerator counts (needs a denominator).");
        Field<StringGraphType>("denominatorLabel").Description("For a rate: what the denominator counts (needs a numerator).");
        Field<IntGraphType>("scale").Description("A rate's factor (1 to 1,000,000); absent: 100 for % and per 100, 1000 for per 1,000, else 1.");
        Field<NonNullGraphType<IntGraphType>>("suppressionThreshold")
            .Description($"Counts below this are not published (methods.md §3), 0 to {IndicatorInput.MaxSuppressionThreshold}; 0 turns suppression off.")
            .DefaultValue(3);
        Field<NonNullGraphType<BooleanGraphType>>("inStatusIndex").Description("One of the status indicators of the social index.")
            .DefaultValue(false);
    }
}

public sealed class IndicatorKeyInputType : InputObjectGraphType<IndicatorKeyInput>
{
    public IndicatorKeyInputType()
    {
        Name = "IndicatorKeyInput";
        Description = "Names an indicator by key.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The indicator's key.");
    }
}
