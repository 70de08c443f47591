namespace Labor.Reference.Import;

/// <summary>
/// Defects of official ESCO releases, skipped by name so the release imports, while any other reference to an unknown
/// concept still refuses the import (ADR 12). Each entry says where it was found.
/// </summary>
internal static class EscoErrata
{
    public static readonly IReadOnlySet<string> UndefinedConcepts = new HashSet<string>(StringComparer.Ordinal)
    {
        // v1.1.1: occupationSkillRelations.csv (67 rows) and broaderRelationsOccPillar.csv (1 row) name this occupation,
        // but no occupations file of the release (English or Dutch) defines it, nor does v1.2.0.
        "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e",
    };
}
