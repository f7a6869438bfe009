using Microsoft.Playwright;

namespace SozialHub.EndToEnd.Tests;

/// <summary>What went wrong in a page's console: script errors and refused loads (a content security policy violation is one).</summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    private PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
    }

    public IReadOnlyList<string> All => _problems;

    public static PageProblems Watch(IPage page) => new(page);
}
