using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Labor.Reference.Import;

/// <summary>A file of the official ESCO CSV download, recognised by its name: <c>occupations_nl.csv</c>, <c>skills_en.csv</c>, ….</summary>
internal sealed partial record EscoFile(string Name, EscoFileKind Kind, string Language, Func<Stream> Open)
{
    /// <summary>
    /// Null for files the import does not use: the download holds more collections than matching needs, and the
    /// platform speaks Dutch and English only.
    /// </summary>
    public static EscoFile? Recognise(string name, Func<Stream> open)
    {
        Match match = FileName().Match(Path.GetFileName(name));
        string language = match.Groups["language"].Value.ToLowerInvariant();
        return match.Success && language is "nl" or "en" && Enum.TryParse(match.Groups["kind"].Value, ignoreCase: true, out EscoFileKind kind)
            ? new EscoFile(Path.GetFileName(name), kind, language, open)
            : null;
    }

    /// <summary>The recognised files of an upload (the admin page's form and the import API take the same).</summary>
    public static List<EscoFile> Recognise(IFormFileCollection files) =>
        [.. files.Select(file => Recognise(file.FileName, file.OpenReadStream)).OfType<EscoFile>()];

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+)_(?<language>[a-zA-Z]{2})\.csv$")]
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
    Occupations,
    OccupationSkillRelations,
}
