using Microsoft.Extensions.Localization;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>
/// An action's stored change summary ("target: 120 → 140; status: gepland → lopend", API field names, kept as written)
/// with the field names in the reader's language.
/// </summary>
internal static class ChangeSummary
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["title"] = "Title", ["targetGroup"] = "TargetGroup", ["indicator"] = "Indicator", ["unit"] = "Unit",
        ["rises"] = "Direction", ["direction"] = "Direction", ["baseline"] = "Baseline", ["target"] = "Target", ["periodStart"] = "PeriodStart",
        ["periodEnd"] = "PeriodEnd", ["budgetEuros"] = "Budget", ["partners"] = "Partners", ["status"] = "Status",
        ["liveFigure"] = "LiveFigure",
    };

    /// <param name="field">An API field name, such as <c>target</c>.</param>
    public static string Label(string field, IStringLocalizer text) => Labels.TryGetValue(field, out string? label) ? text[label] : field;

    public static string Read(string summary, IStringLocalizer text) => summary == "created"
        ? text["ActionCreated"]
        : string.Join("; ", summary.Split("; ").Select(part => part.Split(": ", 2) is [var field, var change] && Labels.TryGetValue(field, out string? label)
            ? $"{text[label]}: {change}"
            : part));
}
