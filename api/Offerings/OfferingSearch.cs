using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Offerings;

/// <summary>
/// What the public search needs beyond <c>where</c>: words in name or description, an age inside the offering's range,
/// and "open now" — a weekly slot that is valid today and spans the current time in Europe/Berlin (from the injected
/// <see cref="TimeProvider"/>). All of it runs in SQL.
/// </summary>
public sealed class OfferingSearch
{
    public const int MaxTextLength = 200;
    public const int MaxAge = 120;

    /// <summary>All words must occur, each in the name or the description (case-insensitive for ASCII on both databases).</summary>
    public string? Text { get; set; }

    public int? Age { get; set; }

    public bool OpenNow { get; set; }

    public IQueryable<Offering> Apply(IQueryable<Offering> offerings, TimeProvider time)
    {
        if ((Text?.Length ?? 0) > MaxTextLength)
        {
            throw UserInput.Error($"'search.text' is longer than {MaxTextLength} characters.");
        }

        if (Age is < 0 or > MaxAge)
        {
            throw UserInput.Error($"'search.age' must be between 0 and {MaxAge}.");
        }

        foreach (var word in (Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            offerings = offerings.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Description, pattern, "\\"));
        }

        if (Age is { } age)
        {
            offerings = offerings.Where(o => (o.MinimumAge == null || o.MinimumAge <= age) && (o.MaximumAge == null || o.MaximumAge >= age));
        }

        if (OpenNow)
        {
            var now = CityTime.Now(time);
            var (day, clock, today) = (WeekdayOf(now.DayOfWeek), new TimeOnly(now.Hour, now.Minute, now.Second), DateOnly.FromDateTime(now));
            offerings = offerings.Where(o => o.Status == OfferingStatus.Active && o.Schedules.Any(s =>
                s.Weekday == day && s.OpensAt <= clock && s.ClosesAt > clock
                && (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today)));
        }

        return offerings;
    }

    public static Weekday WeekdayOf(DayOfWeek day) => day == DayOfWeek.Sunday ? Weekday.Sunday : (Weekday)((int)day - 1);
}

public sealed class OfferingSearchInputType : InputObjectGraphType<OfferingSearch>
{
    public OfferingSearchInputType()
    {
        Name = "OfferingSearchInput";
        Description = "The public search's conditions beyond `where`; all given ones must hold.";
        Field<StringGraphType>("text").Description($"Words that must all occur in the name or the description; at most {OfferingSearch.MaxTextLength} characters.");
        Field<IntGraphType>("age").Description($"An age in years (0–{OfferingSearch.MaxAge}) inside the offering's age range; offerings without a limit match.");
        Field<NonNullGraphType<BooleanGraphType>>("openNow").DefaultValue(false)
            .Description("Only active offerings open at this moment: a weekly slot valid today that spans the current time in Europe/Berlin.");
    }
}

internal static class OfferingSearchArgument
{
    public static IQueryable<Offering> Search(this IQueryable<Offering> offerings, IResolveFieldContext context) =>
        context.GetArgument<OfferingSearch?>("search") is { } search
            ? search.Apply(offerings, context.RequestServices!.GetRequiredService<TimeProvider>())
            : offerings;
}
