using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.Content;

namespace SozialHub.Portal.Pages;

/// <summary>A text page from Content/{name}.md, such as the Impressum.</summary>
public sealed class InfoModel(ContentPages pages) : PageModel
{
    public ContentPage Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(name.ToLowerInvariant(), cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Text = page;
        return Page();
    }
}
