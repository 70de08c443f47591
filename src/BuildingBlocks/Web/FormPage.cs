using FluentValidation.Results;
using Labor.BuildingBlocks.Outcomes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>
    /// A refusal on a page, as <see cref="RefusalHttp"/> answers it in the API: not found, forbidden, or the page again
    /// with the status the API would give and each invalid field's message (a conflict: what the page set out beforehand).
    /// </summary>
    protected IActionResult ShowRefusal(Refusal refusal, IStringLocalizer text, Func<string, string>? formField = null)
    {
        switch (refusal.Kind)
        {
            case RefusalKind.NotFound:
                return NotFound();
            case RefusalKind.Forbidden:
                return Forbid();
            case RefusalKind.Invalid:
                AddErrors(text, refusal.Errors.Keys, formField);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }
}
