namespace Labor.Reference.Contracts;

/// <summary>
/// Occupations, skills and training from the shared vocabulary (ESCO plus the platform's starter taxonomy). Concepts
/// are named by URI: an ESCO URI where ESCO has the concept, a <c>urn:labor:</c> URN where it is the platform's own.
/// </summary>
public interface IVocabulary
{
    Occupation? FindOccupation(string? uri);

    Skill? FindSkill(string? uri);

    /// <summary>The broader concepts of a skill, nearest first, up to the root of the skill hierarchy.</summary>
    IReadOnlyList<string> BroaderOf(string skillUri);

    /// <summary>ESCO's skill–skill relations: the skills this one takes (essential) or is helped by (optional).</summary>
    IReadOnlyList<SkillRequirement> RelatedSkills(string skillUri);

    /// <summary>Autocomplete: by prefix of any word, tolerating one typo per word, over preferred and alternative labels in both languages.</summary>
    IReadOnlyList<Suggestion> SuggestSkills(string text, Language language, int limit);

    /// <inheritdoc cref="SuggestSkills"/>
    IReadOnlyList<Suggestion> SuggestOccupations(string text, Language language, int limit);

    /// <summary>Courses that teach at least one of these skills, those teaching most of them first.</summary>
    IReadOnlyList<Course> CoursesTeaching(IReadOnlyCollection<string> skillUris);

    IReadOnlyList<Course> Courses { get; }

    VocabularySize Size { get; }
}

public enum Language
{
    Nl,
    En,
}

public static class Languages
{
    /// <summary>The language the current request speaks (its UI culture): English when asked for, Dutch otherwise.</summary>
    public static Language Current => Of(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>English for "en", Dutch for anything else: the platform's pages, mails and APIs speak these two.</summary>
    public static Language Of(string? code) => code == "en" ? Language.En : Language.Nl;

    /// <summary>The language's ISO 639-1 code, as in a <c>lang</c> attribute or a <c>lang=</c> parameter.</summary>
    public static string Code(this Language language) => language == Language.En ? "en" : "nl";
}

/// <param name="SectorTables">Where the occupation belongs: an override when the platform set one, otherwise derived from its ISCO group.</param>
public sealed record Occupation(
    string Uri,
    string IscoCode,
    Label Label,
    IReadOnlyList<string> SectorTables,
    IReadOnlyList<SkillRequirement> Skills);

public sealed record SkillRequirement(string SkillUri, bool Essential);

/// <param name="Type">ESCO's skill type: <c>skill/competence</c> or <c>knowledge</c>.</param>
/// <param name="ReuseLevel">ESCO's reuse level: transversal, cross-sector, sector-specific or occupation-specific.</param>
public sealed record Skill(string Uri, Label Label, string Type, string ReuseLevel, string? BroaderUri);

/// <summary>
/// A label in Dutch and English; either falls back to the other when one language is missing, and says so: most ESCO
/// skills have English labels only, which Dutch pages show marked as English.
/// </summary>
public sealed record Label(string Nl, string En, bool NlMissing = false, bool EnMissing = false)
{
    public string In(Language language) => language == Language.En ? En : Nl;

    /// <summary>The text a reader of <paramref name="language"/> sees, and the language that text is really in.</summary>
    public (string Text, Language Language) Shown(Language language) => language switch
    {
        Language.Nl when NlMissing => (Nl, Language.En),
        Language.En when EnMissing => (En, Language.Nl),
        _ => (In(language), language),
    };
}

/// <param name="MatchedLabel">The label the text matched, which may be an alternative label ("heftruck rijden" for "heftruck besturen").</param>
/// <param name="LabelLanguage">The language <paramref name="Label"/> is in: "en" on a Dutch page when the concept has no Dutch label.</param>
public sealed record Suggestion(string Uri, string Label, string MatchedLabel, string LabelLanguage);

public sealed record Course(
    string Id,
    Label Title,
    string Provider,
    string EducationLevel,
    int DurationHours,
    bool Voucher,
    IReadOnlyList<string> SectorTables,
    IReadOnlyList<string> SkillUris,
    Label Description);

public sealed record VocabularySize(int Occupations, int Skills, int Courses);
