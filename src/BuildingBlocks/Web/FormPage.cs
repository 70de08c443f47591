using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Labor.BuildingBlocks.Web;

/// <summary>
/// A page with a form. Pages validate with the same validators as the API and show each invalid field's message
/// beside it in the UI language (the API's messages are English, for machines): the text named "Invalid_{field}".
/// </summary>
public abstract class FormPage : PageModel
{
    public string? ErrorFor(string field) =>
        ModelState.FirstOrDefault(entry => string.Equals(entry.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.Errors.FirstOrDefault()?.ErrorMessage;

    protected static string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";

    /// <param name="fields">API field names (camelCase); <paramref name="formField"/> maps one to the form's name for it.</param>
    protected void AddErrors(IStringLocalizer text, IEnumerable<string> fields, Func<string, string>? formField = null)
    {
        foreach (string field in fields.Select(ValidationNames.JsonPath).Select(formField ?? (f => f)).Distinct())
        {
            ModelState.AddModelError(field, text["Invalid_" + field]);
        }
    }

    protected void AddErrors(IStringLocalizer text, ValidationResult result, Func<string, string>? formField = null) =>
        AddErrors(text, result.Errors.Select(e => e.PropertyName), formField);
}
