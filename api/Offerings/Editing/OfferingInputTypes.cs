using GraphQL.Types;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Offerings.Editing;

public sealed class CreateOfferingInputType : InputObjectGraphType<OfferingInput>
{
    public CreateOfferingInputType()
    {
        Name = "CreateOfferingInput";
        Description = "A new offering; it is saved as a draft until published.";
        Field<NonNullGraphType<IdGraphType>>("organization").Description("The organisation that offers it (global id); the caller must be its member or a planner.");
        OfferingFields.AddTo(this);
    }
}

public sealed class UpdateOfferingInputType : InputObjectGraphType<OfferingInput>
{
    public UpdateOfferingInputType()
    {
        Name = "UpdateOfferingInput";
        Description = "All fields of an offering as they should be; lists replace the stored ones.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The offering (global id).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; CONFLICT when it was changed meanwhile.");
        OfferingFields.AddTo(this);
    }
}

internal static class OfferingFields
{
    public static void AddTo(InputObjectGraphType<OfferingInput> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"Name, at most {Limits.Name} characters.");
        input.Field<StringGraphType>("description").Description($"Description (Markdown), at most {OfferingEditor.MaxDescriptionLength} characters.");
        input.Field<EnumerationGraphType<OfferingStatus>>("status").Description("Whether it takes place; ACTIVE when absent.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target groups (keys).");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actionFields").Description("Action fields (keys).");
        input.Field<IntGraphType>("minimumAge").Description($"Youngest age in years, 0–{OfferingEditor.MaxAge}.");
        input.Field<IntGraphType>("maximumAge").Description($"Oldest age in years, 0–{OfferingEditor.MaxAge}.");
        input.Field<StringGraphType>("eligibility").Description($"Who may use it, at most {Limits.Message} characters.");
        input.Field<EnumerationGraphType<CostKind>>("costKind").Description("Free, an amount or on request; FREE when absent.");
        input.Field<FloatGraphType>("costAmount").Description("The amount in EUR, with the kind AMOUNT only.");
        input.Field<StringGraphType>("costNote").Description($"What the amount covers, at most {Limits.Name} characters.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Languages (ISO 639 codes, e.g. de, tr).");
        input.Field<StringGraphType>("applicationProcess").Description($"How to take part, at most {Limits.Message} characters.");
        input.Field<StringGraphType>("contactName").Description($"Contact person, at most {Limits.Person} characters.");
        input.Field<StringGraphType>("email").Description("Contact e-mail address.");
        input.Field<StringGraphType>("phone").Description($"Contact phone number, at most {Limits.Code} characters.");
        input.Field<StringGraphType>("website").Description("Web address (http or https).");
        input.Field<BooleanGraphType>("isOnline").Description("Also (or only) online or by phone.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("locations").Description("Where it takes place: locations of the same organisation (global ids).");
        input.Field<ListGraphType<NonNullGraphType<ScheduleInputType>>>("schedules").Description("Weekly opening hours (Europe/Berlin); replace the stored ones.");
    }
}

public sealed class ScheduleInputType : InputObjectGraphType<ScheduleInput>
{
    public ScheduleInputType()
    {
        Name = "OfferingScheduleInput";
        Description = "One weekly opening slot in local time (Europe/Berlin); rows of the same day and place must not overlap.";
        Field<NonNullGraphType<EnumerationGraphType<Weekday>>>("weekday").Description("The day of the week.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("opensAt").Description("Opening time, e.g. 09:00:00.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("closesAt").Description("Closing time; after the opening time.");
        Field<DateOnlyGraphType>("validFrom").Description("First day the slot applies (exceptions, holidays); open-ended when absent.");
        Field<DateOnlyGraphType>("validTo").Description("Last day the slot applies; open-ended when absent.");
        Field<IdGraphType>("location").Description("One of the offering's locations (global id).");
        Field<StringGraphType>("note").Description($"A note, at most {Limits.Name} characters.");
    }
}

public sealed class OfferingActionInputType : InputObjectGraphType<OfferingActionInput>
{
    public OfferingActionInputType()
    {
        Name = "OfferingActionInput";
        Description = "Names an offering.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The offering (global id).");
        Field<IntGraphType>("version").Description("The version the caller saw; CONFLICT when it was changed meanwhile (not checked when absent).");
    }
}

public sealed class OfferingPayloadType() : EditPayloadType<OfferingType, Offering>("offering", "offering");
