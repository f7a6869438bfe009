using System.Globalization;

namespace SozialHub.Api.Hsds;

/// <summary>A query parameter that cannot be used; answered with 400 and a problem JSON naming it.</summary>
public sealed class HsdsParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}

/// <summary>The HSDS list parameters of a request, checked: <c>search</c>, <c>page</c>, <c>per_page</c>, filters.</summary>
public sealed record HsdsParameters(string? Search, int Page, int PerPage, DateTime? ModifiedAfter, HsdsKind? TermKind, int? TermId, int? OrganizationId)
{
    public int Skip => (Page - 1) * PerPage;

    public static HsdsParameters From(IQueryCollection query, HsdsOptions options)
    {
        var page = Integer(query, "page", 1, int.MaxValue / options.MaxPageSize) ?? 1;
        var perPage = Integer(query, "per_page", 1, options.MaxPageSize) ?? options.DefaultPageSize;
        var search = Single(query, "search")?.Trim();
        DateTime? modifiedAfter = null;
        if (Single(query, "modified_after") is { } text)
        {
            modifiedAfter = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                ? time.UtcDateTime
                : throw new HsdsParameterException("modified_after", $"'modified_after' must be an ISO 8601 date or date-time, e.g. 2025-01-31T12:00:00Z, not '{text}'.");
        }

        HsdsKind? termKind = null;
        int? termId = null;
        if (Single(query, "taxonomy_term_id") is { } term)
        {
            termKind = HsdsIds.TryRead(term, out var kind, out var id, out _) && kind is HsdsKind.ActionFieldTerm or HsdsKind.TargetGroupTerm
                ? kind
                : throw new HsdsParameterException("taxonomy_term_id", $"'taxonomy_term_id' must be the id of a taxonomy term of this API (see /hsds/taxonomy_terms), not '{term}'.");
            termId = id;
        }

        int? organizationId = null;
        if (Single(query, "organization_id") is { } organization)
        {
            organizationId = HsdsIds.TryRead(organization, HsdsKind.Organization, out var id)
                ? id
                : throw new HsdsParameterException("organization_id", $"'organization_id' must be the id of an organization of this API, not '{organization}'.");
        }

        return new(string.IsNullOrEmpty(search) ? null : search, page, perPage, modifiedAfter, termKind, termId, organizationId);
    }

    public HsdsPage<T> PageOf<T>(int total, IReadOnlyList<T> contents)
    {
        var pages = (total + PerPage - 1) / PerPage;
        return new(total, pages, Page, contents.Count, Page == 1, Page >= pages, total == 0, contents);
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new HsdsParameterException(name, $"'{name}' is given {values.Count} times; give it once.");
    }

    private static int? Integer(IQueryCollection query, string name, int min, int max)
    {
        var text = Single(query, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new HsdsParameterException(name, $"'{name}' must be a whole number from {min} to {max}, not '{text}'.");
    }
}
