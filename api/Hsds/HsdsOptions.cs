using System.ComponentModel.DataAnnotations;

namespace SozialHub.Api.Hsds;

/// <summary>The <c>Hsds</c> configuration section: page sizes of the HSDS read API under /hsds/.</summary>
public sealed class HsdsOptions
{
    public const string SectionName = "Hsds";

    /// <summary>Page size without <c>per_page</c>.</summary>
    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>per_page</c> accepted.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 500;
}
