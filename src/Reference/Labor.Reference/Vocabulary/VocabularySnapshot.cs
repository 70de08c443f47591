using System.Collections.Frozen;
using Labor.Reference.Contracts;
using Labor.Reference.Data;

namespace Labor.Reference.Vocabulary;

/// <summary>An immutable, indexed copy of the stored vocabulary: every read is a dictionary lookup or an index search.</summary>
internal sealed class VocabularySnapshot
{
    private readonly FrozenDictionary<string, Occupation> occupations;
    private readonly FrozenDictionary<string, Skill> skills;
    private readonly FrozenDictionary<string, Course[]> coursesBySkill;
    private readonly FrozenDictionary<string, IReadOnlyList<SkillRequirement>> relatedSkills;

    public VocabularySnapshot(
        IReadOnlyList<OccupationRow> occupationRows,
        IReadOnlyList<SkillRow> skillRows,
        IReadOnlyList<OccupationSkillRow> relations,
        IReadOnlyList<SkillRelationRow> skillRelations,
        IReadOnlyList<CourseRow> courseRows,
        Synonyms synonyms,
        long importId)
    {
        ImportId = importId;
        ILookup<string, OccupationSkillRow> skillsOf = relations.ToLookup(r => r.OccupationUri, StringComparer.Ordinal);
        occupations = occupationRows.ToFrozenDictionary(o => o.Uri, o => new Occupation(
            o.Uri,
            o.IscoCode,
            LabelOf(o.LabelNl, o.LabelEn),
            o.SectorOverrides.Length > 0 ? o.SectorOverrides : IscoSectors.For(o.IscoCode),
            Requirements(skillsOf[o.Uri])),
            StringComparer.Ordinal);
        relatedSkills = skillRelations
            .GroupBy(r => r.SkillUri, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => (IReadOnlyList<SkillRequirement>)[.. group.OrderByDescending(r => r.Essential).ThenBy(r => r.RelatedUri, StringComparer.Ordinal)
                    .Select(r => new SkillRequirement(r.RelatedUri, r.Essential))],
                StringComparer.Ordinal);
        Dictionary<string, Skill> own = skillRows.ToDictionary(s => s.Uri, s => new Skill(
            s.Uri, LabelOf(s.LabelNl, s.LabelEn), s.SkillType ?? "", s.ReuseLevel ?? "", s.BroaderUri), StringComparer.Ordinal);
        // A replaced regional skill answers with its ESCO skill, so data naming the old URI keeps its meaning.
        skills = skillRows.ToFrozenDictionary(
            s => s.Uri, s => s.ReplacedBy is { } esco && own.TryGetValue(esco, out Skill? replacement) ? replacement : own[s.Uri], StringComparer.Ordinal);
        Courses = [.. courseRows.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new Course(
            c.Id, new Label(c.TitleNl, c.TitleEn), c.Provider, c.EducationLevel, c.DurationHours, c.Voucher,
            c.SectorTables, c.Skills, new Label(c.DescriptionNl, c.DescriptionEn)))];
        coursesBySkill = Courses
            .SelectMany(course => course.SkillUris.Select(skill => (skill, course)))
            .GroupBy(pair => pair.skill, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.course).ToArray(), StringComparer.Ordinal);
        SkillRow[] offered = [.. skillRows.Where(s => !s.IsGroup && s.ReplacedBy is null)];
        SkillIndex = new LabelIndex([.. offered.Select(s => Indexed(
            s.Uri, skills[s.Uri].Label, (s.LabelNl, s.AltLabelsNl, s.HiddenLabelsNl), (s.LabelEn, s.AltLabelsEn, s.HiddenLabelsEn), synonyms.Of(s.Uri), Narrowness(s.ReuseLevel)))],
            Translations.BuiltIn); // skills are labelled in English; occupations have Dutch labels of their own
        OccupationIndex = new LabelIndex([.. occupationRows.Select(o => Indexed(
            o.Uri, occupations[o.Uri].Label, (o.LabelNl, o.AltLabelsNl, o.HiddenLabelsNl), (o.LabelEn, o.AltLabelsEn, o.HiddenLabelsEn), synonyms.Of(o.Uri)))]);
        Size = new VocabularySize(occupations.Count, offered.Length, Courses.Count);
    }

    /// <summary>The last import this snapshot includes; a newer one elsewhere means it is time to reload.</summary>
    public long ImportId { get; }

    public LabelIndex SkillIndex { get; }

    public LabelIndex OccupationIndex { get; }

    public IReadOnlyList<Course> Courses { get; }

    public VocabularySize Size { get; }

    public Occupation? Occupation(string uri) => occupations.GetValueOrDefault(uri);

    public Skill? Skill(string uri) => skills.GetValueOrDefault(uri);

    public IReadOnlyList<Course> CoursesFor(string skillUri) => coursesBySkill.GetValueOrDefault(skillUri) ?? [];

    public IReadOnlyList<SkillRequirement> RelatedSkills(string skillUri) => relatedSkills.GetValueOrDefault(skillUri) ?? [];

    private static Label LabelOf(string? nl, string? en) => new(nl ?? en ?? "", en ?? nl ?? "", NlMissing: nl is null, EnMissing: en is null);

    /// <summary>Sources may relate one pair both ways (ESCO and the starter taxonomy): essential when any says so.</summary>
    private static SkillRequirement[] Requirements(IEnumerable<OccupationSkillRow> relations) =>
        [.. relations
            .GroupBy(r => r.SkillUri, StringComparer.Ordinal)
            .Select(group => new SkillRequirement(group.Key, group.Any(r => r.Essential)))
            .OrderByDescending(r => r.Essential)
            .ThenBy(r => r.SkillUri, StringComparer.Ordinal)];

    /// <summary>ESCO's reuse levels, broadest first; an unknown level counts as the narrowest.</summary>
    private static int Narrowness(string? reuseLevel) => reuseLevel switch
    {
        "transversal" => 0,
        "cross-sector" => 1,
        "sector-specific" => 2,
        _ => 3,
    };

    private static IndexedConcept Indexed(
        string uri, Label label, (string? Label, string[] Alt, string[] Hidden) nl, (string? Label, string[] Alt, string[] Hidden) en, IEnumerable<string> synonymsNl,
        int narrowness = 0)
    {
        var labels = new List<(string, LabelKind, Language)>();
        foreach ((Language language, (string? preferred, string[] alt, string[] hidden)) in new[] { (Language.Nl, nl), (Language.En, en) })
        {
            if (preferred is not null)
            {
                labels.Add((preferred, LabelKind.Preferred, language));
            }

            labels.AddRange(alt.Select(text => (text, LabelKind.Alternative, language)));
            labels.AddRange(hidden.Select(text => (text, LabelKind.Hidden, language)));
        }

        labels.AddRange(synonymsNl.Select(text => (text, LabelKind.Synonym, Language.Nl)));
        return new IndexedConcept(uri, label, labels, narrowness);
    }
}
