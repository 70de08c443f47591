using Labor.Reference.Contracts;

namespace Labor.UnitTesting;

/// <summary>
/// An in-memory vocabulary a test fills with just the skills, occupations, relations and courses it speaks of.
/// Suggestions match a label's start, ignoring case, the way a person types the first letters.
/// </summary>
public sealed class Vocabulary : IVocabulary
{
    private readonly Dictionary<string, Skill> _skills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Occupation> _occupations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SkillRequirement>> _related = new(StringComparer.Ordinal);
    private readonly List<Course> _courses = [];

    /// <summary>The <see cref="Skills"/> and <see cref="Occupations"/> under Dutch labels, as people type them.</summary>
    public static Vocabulary Sample() => new Vocabulary()
        .Skill(Skills.Vehicles, "voertuigen besturen")
        .Skill(Skills.Forklift, "heftruck besturen", "sector-specific", broader: Skills.Vehicles)
        .Skill(Skills.ReachTruck, "reachtruck besturen", "sector-specific", broader: Skills.Vehicles)
        .Skill(Skills.OrderPicking, "orderpicken")
        .Skill(Skills.Stock, "voorraad beheren")
        .Skill(Skills.Teamwork, "samenwerken", "transversal")
        .Skill(Skills.WoundCare, "wondverzorging", "occupation-specific")
        .Skill(Skills.Hygiene, "hygiëne bewaken", "occupation-specific")
        .Replaced(Skills.OldForklift, Skills.Forklift)
        .Relate(Skills.OrderPicking, Skills.Stock)
        .Relate(Skills.WoundCare, Skills.Hygiene)
        .Occupation(Occupations.ForkliftDriver, "8344", "heftruckchauffeur", Region.Logistics)
        .Occupation(Occupations.ReachTruckDriver, "8344", "reachtruckchauffeur", Region.Logistics)
        .Occupation(Occupations.CraneOperator, "8343", "kraanmachinist", Region.Logistics)
        .Occupation(Occupations.Nurse, "2221", "verpleegkundige", Region.Care)
        .Occupation(Occupations.ShopAssistant, "5223", "winkelmedewerker");

    /// <param name="reuseLevel">transversal, cross-sector, sector-specific or occupation-specific.</param>
    public Vocabulary Skill(string uri, string label, string reuseLevel = "cross-sector", string? broader = null)
    {
        _skills[uri] = new Skill(uri, new Label(label, label), "skill/competence", reuseLevel, broader);
        return this;
    }

    /// <summary>The old URI now finds the skill that replaced it, as for a regional skill ESCO took over (ADR 12).</summary>
    public Vocabulary Replaced(string oldUri, string byUri)
    {
        _skills[oldUri] = _skills[byUri];
        return this;
    }

    public Vocabulary Occupation(string uri, string isco, string label, params string[] sectorTables)
    {
        _occupations[uri] = new Occupation(uri, isco, new Label(label, label), sectorTables, []);
        return this;
    }

    /// <summary>ESCO's skill–skill relation, which the engine reads either way round.</summary>
    public Vocabulary Relate(string skillUri, string relatedUri)
    {
        if (!_related.TryGetValue(skillUri, out List<SkillRequirement>? related))
        {
            _related[skillUri] = related = [];
        }

        related.Add(new SkillRequirement(relatedUri, Essential: false));
        return this;
    }

    public Vocabulary Course(string id, string title, params string[] skillUris)
    {
        _courses.Add(new Course(id, new Label(title, title), "Deltion College", "mbo2", 40, Voucher: true, [], skillUris, new Label("", "")));
        return this;
    }

    public IReadOnlyList<Course> Courses => _courses;

    public VocabularySize Size => new(_occupations.Count, _skills.Count, _courses.Count);

    public Occupation? FindOccupation(string? uri) => uri is not null && _occupations.TryGetValue(uri, out Occupation? o) ? o : null;

    public Skill? FindSkill(string? uri) => uri is not null && _skills.TryGetValue(uri, out Skill? s) ? s : null;

    public IReadOnlyList<string> BroaderOf(string skillUri)
    {
        List<string> broader = [];
        for (string? uri = FindSkill(skillUri)?.BroaderUri; uri is not null; uri = FindSkill(uri)?.BroaderUri)
        {
            broader.Add(uri);
        }

        return broader;
    }

    public IReadOnlyList<SkillRequirement> RelatedSkills(string skillUri) => _related.GetValueOrDefault(skillUri) ?? [];

    public IReadOnlyList<Suggestion> SuggestSkills(string text, Language language, int limit) =>
        Suggest(_skills.Values.DistinctBy(s => s.Uri).Select(s => (s.Uri, s.Label)), text, language, limit);

    public IReadOnlyList<Suggestion> SuggestOccupations(string text, Language language, int limit) =>
        Suggest(_occupations.Values.Select(o => (o.Uri, o.Label)), text, language, limit);

    /// <summary>Those teaching most of the skills first, as the real catalogue answers.</summary>
    public IReadOnlyList<Course> CoursesTeaching(IReadOnlyCollection<string> skillUris) =>
        [.. _courses.Where(c => c.SkillUris.Any(skillUris.Contains)).OrderByDescending(c => c.SkillUris.Count(skillUris.Contains))];

    private static Suggestion[] Suggest(IEnumerable<(string Uri, Label Label)> concepts, string text, Language language, int limit) =>
        [.. concepts.Where(c => c.Label.In(language).StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)).Take(limit)
            .Select(c => new Suggestion(c.Uri, c.Label.In(language), c.Label.In(language), language.Code()))];
}
