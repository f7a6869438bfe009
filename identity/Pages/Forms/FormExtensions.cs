using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SozialHub.Identity.Pages.Forms;

public static class FormExtensions
{
    /// <summary>Puts Identity's errors next to the fields they concern; <paramref name="fieldFor"/> maps an error code to a field ("" for the form).</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, Func<string, string> fieldFor)
    {
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            modelState.AddModelError(fieldFor(error.Code), error.Description);
        }
    }

    /// <summary>The usual mapping: e-mail errors to <paramref name="emailField"/>, password errors to <paramref name="passwordField"/>.</summary>
    public static Func<string, string> Fields(string emailField, string passwordField) => code => code switch
    {
        "DuplicateEmail" or "InvalidEmail" => emailField,
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ => "",
    };

    /// <summary>Where to go after a form: the given address if it is one of ours, otherwise <paramref name="fallback"/>.</summary>
    public static string LocalOr(this IUrlHelper url, string? returnUrl, string fallback) =>
        url.IsLocalUrl(returnUrl) ? returnUrl! : fallback;
}
