using FluentValidation.Results;
using Labor.Accounts.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Labor.Accounts.Pages;

/// <summary>
/// Pages validate with the same validators as the API, and show each invalid field's message in the UI language
/// (the API's messages are English for machines).
/// </summary>
internal static class FormErrors
{
    public static void Add(ModelStateDictionary modelState, IStringLocalizer<Texts> text, IEnumerable<string> fields)
    {
        foreach (string field in fields.Distinct())
        {
            string name = char.ToLowerInvariant(field[0]) + field[1..];
            modelState.AddModelError(name, text["Invalid_" + name]);
        }
    }

    public static void Add(ModelStateDictionary modelState, IStringLocalizer<Texts> text, ValidationResult result) =>
        Add(modelState, text, result.Errors.Select(e => e.PropertyName));
}
