using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Portal.Pages;

/// <summary>The German page for an error status; rendered by the status code pages (Errors/ErrorPages.cs).</summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        // Opened directly, the page still answers with the status it describes.
        Response.StatusCode = Code;
    }
}
