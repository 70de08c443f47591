using Labor.Reference.Contracts;

namespace Labor.Reference;

internal sealed class StaticReferenceData : IReferenceData
{
    public IReadOnlyList<SectorTable> SectorTables => RegionData.SectorTables;

    public IReadOnlyList<Municipality> Municipalities => RegionData.Municipalities;

    public IReadOnlyList<EducationLevel> EducationLevels => RegionData.EducationLevels;

    public SectorTable? FindSectorTable(string? name) => RegionData.SectorTables.FirstOrDefault(t => Same(t.Name, name));

    public Municipality? FindMunicipality(string? name) => RegionData.Municipalities.FirstOrDefault(m => Same(m.Name, name));

    public EducationLevel? FindEducationLevel(string? code) => RegionData.EducationLevels.FirstOrDefault(l => Same(l.Code, code));

    private static bool Same(string known, string? given) => string.Equals(known, given?.Trim(), StringComparison.OrdinalIgnoreCase);
}
