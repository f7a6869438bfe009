using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>Planners: upload a file of indicator values; the portal forwards it to the API and opens its preview.</summary>
public sealed class ImportModel(ImportFileClient files) : PlannerPageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? FileError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return Refuse("Bitte wählen Sie eine Datei (CSV oder XLSX) aus. Eine leere Datei lässt sich nicht importieren.");
        }

        var result = await files.UploadAsync(Upload, ct);
        return result.UploadId is { } id ? RedirectToPage("Preview", new { uploadId = id }) : Refuse(result.Error!);
    }

    private PageResult Refuse(string message)
    {
        FileError = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
