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

    public VocabularySnapshot(
        IReadOnlyList<OccupationRow> occupationRows,
        IReadOnlyList<SkillRow> skillRows,
        IReadOnlyList<OccupationSkillRow> relations,
        IReadOnlyList<CourseRow> courseRows,
        long importId)
    {
        ImportId = importId;
        ILookup<string, OccupationSkillRow> skillsOf = relations.ToLookup(r => r.OccupationUri, StringComparer.Ordinal);
        occupations = occupationRows.ToFrozenDictionary(o => o.Uri, o => new Occupation(
            o.Uri,
            o.IscoCode,
            LabelOf(o.LabelNl, o.LabelEn),
            o.SectorOverrides.Length > 0 ? o.SectorOverrides : IscoSectors.For(o.IscoCode),
            [.. skillsOf[o.Uri].OrderByDescending(r => r.Essential).ThenBy(r => r.SkillUri, StringComparer.Ordinal).Select(r => new SkillRequirement(r.SkillUri, r.Essential))]),
            StringComparer.Ordinal);
        skills = skillRows.ToFrozenDictionary(s => s.Uri, s => new Skill(
            s.Uri, LabelOf(s.LabelNl, s.LabelEn), s.SkillType ?? "", s.ReuseLevel ?? "", s.BroaderUri), StringComparer.Ordinal);
        Courses = [.. courseRows.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new Course(
            c.Id, new Label(c.TitleNl, c.TitleEn), c.Provider, c.EducationLevel, c.DurationHours, c.Voucher,
            c.SectorTables, c.Skills, new Label(c.DescriptionNl, c.DescriptionEn)))];
        coursesBySkill = Courses
            .SelectMany(course => course.SkillUris.Select(skill => (skill, course)))
            .GroupBy(pair => pair.skill, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.course).ToArray(), StringComparer.Ordinal);
        SkillIndex = new LabelIndex([.. skillRows.Where(s => !s.IsGroup).Select(s => Indexed(s.Uri, skills[s.Uri].Label, s.LabelNl, s.LabelEn, s.AltLabelsNl, s.AltLabelsEn))]);
        OccupationIndex = new LabelIndex([.. occupationRows.Select(o => Indexed(o.Uri, occupations[o.Uri].Label, o.LabelNl, o.LabelEn, o.AltLabelsNl, o.AltLabelsEn))]);
        Size = new VocabularySize(occupations.Count, skillRows.Count(s => !s.IsGroup), Courses.Count);
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

    private static Label LabelOf(string? nl, string? en) => new(nl ?? en ?? "", en ?? nl ?? "");

    private static IndexedConcept Indexed(string uri, Label label, string? nl, string? en, string[] altNl, string[] altEn)
    {
        var labels = new List<(string, bool, Language)>();
        if (nl is not null)
        {
            labels.Add((nl, true, Language.Nl));
        }

        if (en is not null)
        {
            labels.Add((en, true, Language.En));
        }

        labels.AddRange(altNl.Select(alt => (alt, false, Language.Nl)));
        labels.AddRange(altEn.Select(alt => (alt, false, Language.En)));
        return new IndexedConcept(uri, label, labels);
    }
}
