using Microsoft.AspNetCore.WebUtilities;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Participation;

/// <summary>What the discussion partial shows: the thread, the sort order, and what the visitor may do.</summary>
public sealed record DiscussionView(
    DiscussionTarget Target,
    IReadOnlyList<DiscussionEntry> Entries,
    bool BySupport,
    bool IsSignedIn,
    string ReturnUrl,
    ViewingContext Context,
    string? Notice,
    PostAs PostAs)
{
    public const string SortField = "sortierung";
    public const string MostSupported = "zustimmung";

    /// <summary>TempData key of the note shown after a post (e.g. that it waits for approval).</summary>
    public const string NoticeKey = "participation:notice";

    public string SignInUrl => "/anmelden?returnUrl=" + Uri.EscapeDataString(ReturnUrl);

    /// <summary>The page itself with the other sort order, at the discussion.</summary>
    public string SortUrl(bool bySupport, string path, IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var kept = query.Where(q => q.Key != SortField).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        var url = QueryHelpers.AddQueryString(path, bySupport ? kept.Append(new(SortField, MostSupported)) : kept);
        return url + "#diskussion";
    }
}

/// <summary>One comment in the thread, with the discussion it belongs to.</summary>
public sealed record DiscussionEntryView(DiscussionEntry Entry, DiscussionView Discussion)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public bool CanReply => Discussion.IsSignedIn && Entry.Depth < 3 && Entry.State == ContributionState.Published;

    public bool CanAct => Discussion.IsSignedIn && Entry.State == ContributionState.Published;

    /// <summary>Local time in Saarlouis, German style.</summary>
    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin).ToString("d. MMMM yyyy, HH:mm 'Uhr'", Figures.Format.German);
}
