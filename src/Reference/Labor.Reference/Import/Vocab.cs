namespace Labor.Reference.Import;

/// <summary>The codes an import accepts, as the ESCO export spells them.</summary>
internal static class Vocab
{
    public static readonly IReadOnlySet<string> SkillTypes = new HashSet<string>(["skill/competence", "knowledge"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> ReuseLevels =
        new HashSet<string>(["transversal", "cross-sector", "sector-specific", "occupation-specific"], StringComparer.Ordinal);

    public static bool IsConceptUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme is "http" or "https" or "urn") && !value.Any(char.IsWhiteSpace);

    /// <summary>ISCO-08 codes: a major group is 1 digit, a unit group 4.</summary>
    public static bool IsIscoCode(string value, int minLength = 1) =>
        value.Length >= minLength && value.Length <= 4 && value.All(char.IsAsciiDigit);
}
