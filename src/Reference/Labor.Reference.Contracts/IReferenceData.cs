namespace Labor.Reference.Contracts;

/// <summary>
/// The shared vocabulary every module may read: sector tables, municipalities, education levels. Read-only; the
/// component that implements it owns no module's data.
/// </summary>
public interface IReferenceData
{
    IReadOnlyList<SectorTable> SectorTables { get; }

    IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Lowest first: the order "at least" compares by.</summary>
    IReadOnlyList<EducationLevel> EducationLevels { get; }

    /// <summary>The sector table with this Dutch name, ignoring case and surrounding spaces.</summary>
    SectorTable? FindSectorTable(string? name);

    /// <summary>The municipality with this name, ignoring case and surrounding spaces.</summary>
    Municipality? FindMunicipality(string? name);

    EducationLevel? FindEducationLevel(string? code);
}
