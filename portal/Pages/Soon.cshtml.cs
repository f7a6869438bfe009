using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Portal.Pages;

/// <summary>Placeholder for the main sections that later issues build, so that the navigation leads somewhere.</summary>
public sealed class SoonModel : PageModel
{
    public string Title { get; private set; } = "";

    public void OnGet(string section) => Title = section switch
    {
        "sozialraeume" => "Sozialräume",
        "indikatoren" => "Indikatoren",
        _ => "Handlungsfelder",
    };
}
