using System.Globalization;
using System.Text.Json;
using FluentValidation;

namespace Labor.BuildingBlocks.Web;

public static class ValidationDefaults
{
    /// <summary>
    /// API error messages are in English whatever the UI language, and name fields as the JSON spells them,
    /// so a client reads "'title' must not be empty." for the field it sent as "title".
    /// </summary>
    public static void Apply()
    {
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("en");
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
