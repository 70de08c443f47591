using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Accounts.Pages;

/// <summary>A page with a form: shows each field's error beside it.</summary>
internal abstract class FormPage : PageModel
{
    public string? ErrorFor(string field) =>
        ModelState.FirstOrDefault(entry => string.Equals(entry.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.Errors.FirstOrDefault()?.ErrorMessage;

    protected static string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
}
