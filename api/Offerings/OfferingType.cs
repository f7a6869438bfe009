using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SozialHub.Api.ActionFields;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Locations;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Offerings;

public sealed class OfferingType : EntityGraphType<Offering>, IHasListFields
{
    public OfferingType()
        : base("An Angebot: what an organisation offers people (HSDS service).")
    {
        Field(o => o.Name).Description("Name, e.g. Hausaufgabenhilfe.");
        Field(o => o.Description).Description("Description (Markdown).");
        Field<NonNullGraphType<EnumerationGraphType<OfferingStatus>>>("status").Description("Whether the offering takes place.")
            .Resolve(c => c.Source.Status);
        Field<NonNullGraphType<EnumerationGraphType<Publication>>>("publication")
            .Description("Published, draft or in review; only the organisation's members and planners see the latter two.")
            .Resolve(c => c.Source.Publication);
        Field(o => o.Version).Description("Row version: send it back with a change; a save based on an older one fails with CONFLICT.");
        Field(o => o.Eligibility, nullable: true).Description("Who may use the offering.");
        Field(o => o.MinimumAge, nullable: true).Description("Youngest age the offering is for, in years.");
        Field(o => o.MaximumAge, nullable: true).Description("Oldest age the offering is for, in years.");
        Field<NonNullGraphType<OfferingCostType>>("cost").Description("What it costs.").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages")
            .Description("Languages it is available in (ISO 639-1 codes, e.g. de, tr).")
            .Resolve(context => context.LoadChildren("languagesByOffering", context.Source.Id,
                    ids => context.Db().Set<OfferingLanguage>().Where(l => ids.Contains(l.OfferingId)).OrderBy(l => l.Code), l => l.OfferingId)
                .Then(languages => languages.Select(l => l.Code).ToArray()));
        Field(o => o.ApplicationProcess, nullable: true).Description("How to take part or apply.");
        Field(o => o.ContactName, nullable: true).Description("Contact person.");
        Field(o => o.Email, nullable: true).Description("Contact e-mail address.");
        Field(o => o.Phone, nullable: true).Description("Contact phone number.");
        Field(o => o.Website, nullable: true).Description("Web address.");
        Field(o => o.LastReviewedAt, nullable: true).Description("When an editor last confirmed the entry (zuletzt geprüft).");
        Field(o => o.IsOnline).Description("Also (or only) online or by phone.");
        Field(o => o.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<OrganizationType>>("organization").Description("The organisation that offers it.")
            .Resolve(context => context.LoadById<Organization>(context.Source.OrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionFieldType>>>>("actionFields").Description("The action fields it serves, in their order.")
            .Resolve(context => context.LoadRelated<Offering, ActionField, int>(context.Source.Id, o => o.ActionFields, a => a.SortOrder));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupType>>>>("targetGroups").Description("Who it is for, by name.")
            .Resolve(context => context.LoadRelated<Offering, TargetGroup, string>(context.Source.Id, o => o.TargetGroups, t => t.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationType>>>>("locations").Description("Where it takes place, by name.")
            .Resolve(context => context.LoadRelated<Offering, Location, string>(context.Source.Id, o => o.Locations, l => l.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingScheduleType>>>>("schedules")
            .Description("Weekly opening hours, by weekday and time.")
            .Resolve(context => context.LoadChildren("schedulesByOffering", context.Source.Id,
                    ids => context.Db().OfferingSchedules.Where(s => ids.Contains(s.OfferingId)), s => s.OfferingId)
                .Then(slots => slots.OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt).ToArray()));
    }

    public override IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id) => OfferingVisibility.LoadVisible(context, id);

    public static IListFields ListFields { get; } = new ListFields<Offering>()
        .Field("name", o => o.Name, "Name.")
        .Field("status", o => o.Status, "Whether it takes place.")
        .Reference<OrganizationType>("organization", o => o.OrganizationId, "The organisation (global id).")
        .Any("actionField", o => o.ActionFields.Select(a => a.Key), "Its action fields (keys).")
        .Any("targetGroup", o => o.TargetGroups.Select(t => t.Key), "Its target groups (keys).")
        .Any("language", o => o.Languages.Select(l => l.Code), "Its languages (ISO 639-1).")
        .Any("socialSpace", o => o.Locations.Select(l => l.SocialSpace!.Key), "The social spaces of its locations (keys).")
        .Any("district", o => o.Locations.Select(l => l.SocialSpace!.District.Key), "The districts of its locations (keys).")
        .Field("minimumAge", o => o.MinimumAge, "Youngest age, in years.")
        .Field("maximumAge", o => o.MaximumAge, "Oldest age, in years.")
        .Field("costKind", o => o.CostKind, "Free, an amount or on request.")
        .Field("isOnline", o => o.IsOnline, "Also online or by phone.", sortable: false)
        .Field("lastReviewedAt", o => o.LastReviewedAt, "When an editor last confirmed the entry.")
        .Field("publication", o => o.Publication, "Published, draft or in review.")
        .OrderByDefault("name");
}

/// <summary>The cost part of an offering (HSDS cost_options).</summary>
public sealed class OfferingCostType : ObjectGraphType<Offering>
{
    public OfferingCostType()
    {
        Name = "OfferingCost";
        Description = "What an offering costs (HSDS cost_options, in EUR).";
        Field<NonNullGraphType<EnumerationGraphType<CostKind>>>("kind").Description("Free, an amount or on request.").Resolve(c => c.Source.CostKind);
        Field<FloatGraphType>("amount").Description("The amount in EUR, when the kind is AMOUNT.").Resolve(c => (double?)c.Source.CostAmount);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("Always EUR.").Resolve(_ => "EUR");
        Field("note", o => o.CostNote, nullable: true).Description("What the amount covers, or reductions.");
    }
}

public sealed class OfferingScheduleType : EntityGraphType<OfferingSchedule>
{
    public OfferingScheduleType()
        : base("A weekly opening slot of an offering (HSDS schedule, WEEKLY), in local time of Europe/Berlin.")
    {
        Field<NonNullGraphType<EnumerationGraphType<Weekday>>>("weekday").Description("The day of the week.").Resolve(c => c.Source.Weekday);
        Field(s => s.OpensAt).Description("Opening time (local).");
        Field(s => s.ClosesAt).Description("Closing time (local).");
        Field(s => s.ValidFrom, nullable: true).Description("First day the slot applies; open-ended when null.");
        Field(s => s.ValidTo, nullable: true).Description("Last day the slot applies; open-ended when null.");
        Field(s => s.Note, nullable: true).Description("A note, e.g. nur in der Schulzeit.");
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone of the times.").Resolve(_ => OfferingSchedule.TimeZone);
        Field(s => s.UpdatedAt).Description("Time of the last change (UTC).");
        Field<LocationType>("location").Description("Where the slot takes place, when the offering has several locations.")
            .Resolve(context => context.LoadById<Location>(context.Source.LocationId));
    }
}

internal sealed class OfferingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<OfferingType, Offering>("offerings",
                "The offerings (Angebote), by name unless ordered otherwise; drafts only for the organisation's members and planners.",
                context => context.Db().Offerings.VisibleTo(context).Search(context))
            .Argument<OfferingSearchInputType>("search", "Full text, age and open now, for the public search (besides `where`).");
}
