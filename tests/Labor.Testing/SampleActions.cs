using Labor.Client;

namespace Labor.Testing;

/// <summary>A valid sector-table action with a rising indicator, for tests to vary one field at a time.</summary>
public static class SampleActions
{
    public static ActionDraft Rising(string title, decimal baseline, decimal target) => new(
        title, "Werkzoekenden uit andere sectoren", "Gestarte trajecten", "personen", "rise", baseline, target,
        new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 25_000, ["Deltion College", "FNV"], "gepland", null);
}
