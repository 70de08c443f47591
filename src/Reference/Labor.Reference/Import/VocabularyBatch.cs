using Labor.Reference.Data;

namespace Labor.Reference.Import;

/// <summary>What one import brings, merged over its files and languages, before anything is written.</summary>
internal sealed class VocabularyBatch(string relationSource = VocabularyBatch.EscoSource)
{
    /// <summary>Whose occupation–skill relations these are (see <see cref="OccupationSkillRow.Source"/>).</summary>
    public const string EscoSource = "esco";

    public string RelationSource => relationSource;

    /// <summary>True for the platform's own taxonomy, which adds to what ESCO says rather than replacing it.</summary>
    public bool Additive => relationSource != EscoSource;

    public Dictionary<string, OccupationRow> Occupations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SkillRow> Skills { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IscoGroupRow> IscoGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by (occupation, skill) so a relation listed twice counts once.</summary>
    public Dictionary<(string Occupation, string Skill), OccupationSkillRow> Relations { get; } = [];

    public Dictionary<(string Skill, string Related), SkillRelationRow> SkillRelations { get; } = [];

    /// <summary>Occupation URI → the URI of the occupation or ISCO group above it; kept apart so a hierarchy file alone never touches labels.</summary>
    public Dictionary<string, string> OccupationBroader { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CourseRow> Courses { get; } = new(StringComparer.Ordinal);

    public OccupationRow Occupation(string uri, string iscoCode)
    {
        if (!Occupations.TryGetValue(uri, out OccupationRow? row))
        {
            Occupations[uri] = row = new OccupationRow { Uri = uri, IscoCode = iscoCode };
        }

        return row;
    }

    public SkillRow Skill(string uri)
    {
        if (!Skills.TryGetValue(uri, out SkillRow? row))
        {
            Skills[uri] = row = new SkillRow { Uri = uri };
        }

        return row;
    }

    public IscoGroupRow IscoGroup(string code)
    {
        if (!IscoGroups.TryGetValue(code, out IscoGroupRow? row))
        {
            IscoGroups[code] = row = new IscoGroupRow { Code = code };
        }

        return row;
    }

    public void Relate(string occupationUri, string skillUri, bool essential) =>
        Relations[(occupationUri, skillUri)] = new OccupationSkillRow { OccupationUri = occupationUri, SkillUri = skillUri, Essential = essential, Source = relationSource };

    public void RelateSkills(string skillUri, string relatedUri, bool essential) =>
        SkillRelations[(skillUri, relatedUri)] = new SkillRelationRow { SkillUri = skillUri, RelatedUri = relatedUri, Essential = essential };
}

/// <summary>What the database already holds, so an import may refer to concepts an earlier import brought.</summary>
internal sealed record KnownConcepts(
    IReadOnlySet<string> Occupations,
    IReadOnlySet<string> Skills,
    IReadOnlySet<string> IscoCodes)
{
    public static readonly KnownConcepts None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
