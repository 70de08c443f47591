using System.Text.RegularExpressions;

namespace Labor.Reference.Import;

/// <summary>
/// A CSV file of the official ESCO download, recognised by its name: <c>occupations_nl.csv</c>, <c>skills_en.csv</c>,
/// <c>occupationSkillRelations.csv</c> (v1.1.1 names the relations without a language; newer exports add one).
/// </summary>
internal sealed partial record EscoFile(string Name, EscoFileKind Kind, string Language, Func<Stream> Open)
{
    /// <summary>
    /// Null for files the import does not use: the download holds more collections than matching needs, and the
    /// platform speaks Dutch and English only.
    /// </summary>
    public static EscoFile? Recognise(string name, Func<Stream> open)
    {
        Match match = FileName().Match(Path.GetFileName(name));
        if (!match.Success || !Enum.TryParse(match.Groups["kind"].Value, ignoreCase: true, out EscoFileKind kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        string language = match.Groups["language"].Value.ToLowerInvariant();
        return IsRelation(kind) || language is "nl" or "en" ? new EscoFile(Path.GetFileName(name), kind, IsRelation(kind) ? "" : language, open) : null;
    }

    /// <summary>Relations name concepts by URI only, whatever language their file's name gives.</summary>
    private static bool IsRelation(EscoFileKind kind) => kind is EscoFileKind.BroaderRelationsSkillPillar or EscoFileKind.SkillSkillRelations
        or EscoFileKind.BroaderRelationsOccPillar or EscoFileKind.OccupationSkillRelations;

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+?)(_(?<language>[a-zA-Z]{2}))?\.csv$")]
    private static partial Regex FileName();
}

/// <summary>In the order an import reads them, so each file finds the concepts it refers to already read.</summary>
internal enum EscoFileKind
{
    IscoGroups,
    SkillGroups,
    SkillsHierarchy,
    Skills,
    BroaderRelationsSkillPillar,
    SkillSkillRelations,
    Occupations,
    BroaderRelationsOccPillar,
    OccupationSkillRelations,
}
