using System.Reflection;
using System.Text.Json;

namespace Labor.Sectortables.Actions;

/// <summary>
/// A lead saved an action a colleague had changed since the editor opened: the fields the lead changed keep the
/// lead's value, every other field takes the colleague's, so saving the merged form undoes nothing the lead did not
/// mean to change.
/// </summary>
internal static class EditMerge
{
    private static readonly PropertyInfo[] Fields =
        [.. typeof(ActionForm).GetProperties().Where(p => p.Name is not (nameof(ActionForm.Version) or nameof(ActionForm.Opened)))];

    /// <param name="current">The action as it is stored now.</param>
    /// <param name="posted">What the lead saved.</param>
    /// <returns>The merged form, on the current version, and the fields both changed (there the lead's value stands).</returns>
    public static (ActionForm Merged, IReadOnlyList<string> BothChanged) Onto(ActionForm current, ActionForm posted)
    {
        ActionForm? opened = Read(posted.Opened);
        var merged = new ActionForm { Version = current.Version, Opened = Write(current) };
        List<string> bothChanged = [];
        foreach (PropertyInfo field in Fields)
        {
            object? mine = field.GetValue(posted), theirs = field.GetValue(current);
            // Without what the editor opened with (a tampered form), all of the lead's input is taken as meant.
            bool changedByLead = opened is null || !Same(mine, field.GetValue(opened));
            field.SetValue(merged, changedByLead ? mine : theirs);
            if (changedByLead && opened is not null && !Same(theirs, field.GetValue(opened)) && !Same(mine, theirs))
            {
                bothChanged.Add(JsonNamingPolicy.CamelCase.ConvertName(field.Name));
            }
        }

        return (merged, bothChanged);
    }

    public static string Write(ActionForm form) => JsonSerializer.Serialize(form with { Opened = null });

    private static ActionForm? Read(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ActionForm>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Browsers send a textarea's lines with \r\n and an empty field as nothing.</summary>
    private static bool Same(object? a, object? b) => a is string or null && b is string or null
        ? string.Equals((a as string ?? "").ReplaceLineEndings("\n").Trim(), (b as string ?? "").ReplaceLineEndings("\n").Trim(), StringComparison.Ordinal)
        : Equals(a, b);
}
