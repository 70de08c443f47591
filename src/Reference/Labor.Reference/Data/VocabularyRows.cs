namespace Labor.Reference.Data;

// Stored concepts. Labels are nullable per language because an import may bring one language only; an import
// never blanks a language another import supplied.

internal sealed class OccupationRow
{
    public required string Uri { get; init; }
    public required string IscoCode { get; set; }
    public string? LabelNl { get; set; }
    public string? LabelEn { get; set; }
    public string[] AltLabelsNl { get; set; } = [];
    public string[] AltLabelsEn { get; set; } = [];

    /// <summary>ESCO's hidden labels (old spellings, common misspellings): found by search, never shown.</summary>
    public string[] HiddenLabelsNl { get; set; } = [];
    public string[] HiddenLabelsEn { get; set; } = [];

    /// <summary>The occupation above this one in ESCO's hierarchy: another occupation, or the ISCO group's URI.</summary>
    public string? BroaderUri { get; set; }

    /// <summary>Empty unless the platform placed the occupation itself; the ISCO default applies then.</summary>
    public string[] SectorOverrides { get; set; } = [];
}

internal sealed class SkillRow
{
    public required string Uri { get; init; }

    /// <summary>True for a group of the skill hierarchy: it gives partial credit but is never offered as a skill.</summary>
    public bool IsGroup { get; set; }
    public string? SkillType { get; set; }
    public string? ReuseLevel { get; set; }
    public string? BroaderUri { get; set; }
    public string? LabelNl { get; set; }
    public string? LabelEn { get; set; }
    public string[] AltLabelsNl { get; set; } = [];
    public string[] AltLabelsEn { get; set; } = [];
    public string[] HiddenLabelsNl { get; set; } = [];
    public string[] HiddenLabelsEn { get; set; } = [];

    /// <summary>
    /// The ESCO skill that took the place of this regional one (<c>regional-skill-mapping.csv</c>): the vocabulary
    /// answers for it with that skill, so data that names this URI keeps its meaning.
    /// </summary>
    public string? ReplacedBy { get; set; }
}

internal sealed class OccupationSkillRow
{
    public required string OccupationUri { get; init; }
    public required string SkillUri { get; init; }
    public bool Essential { get; set; }

    /// <summary>
    /// Who says the occupation needs the skill: ESCO, or the starter taxonomy, which adds regional skills. Each source
    /// replaces only its own relations, so a new ESCO release keeps the platform's additions and the other way round.
    /// </summary>
    public required string Source { get; init; }
}

/// <summary>ESCO's skill–skill relations: knowing <see cref="SkillUri"/> takes (essential) or is helped by (optional) <see cref="RelatedUri"/>.</summary>
internal sealed class SkillRelationRow
{
    public required string SkillUri { get; init; }
    public required string RelatedUri { get; init; }
    public bool Essential { get; set; }
}

internal sealed class IscoGroupRow
{
    public required string Code { get; init; }
    public string? LabelNl { get; set; }
    public string? LabelEn { get; set; }
}

internal sealed class CourseRow
{
    public required string Id { get; init; }
    public required string TitleNl { get; set; }
    public required string TitleEn { get; set; }
    public required string Provider { get; set; }
    public required string EducationLevel { get; set; }
    public int DurationHours { get; set; }
    public bool Voucher { get; set; }
    public string[] SectorTables { get; set; } = [];
    public string[] Skills { get; set; } = [];
    public string DescriptionNl { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
}

/// <summary>One completed import: what it brought and when. Failed imports change nothing, so they leave no row.</summary>
internal sealed class ImportRecord
{
    public long Id { get; init; }
    public required string Source { get; init; }
    public required string ContentHash { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
    public int Occupations { get; init; }
    public int Skills { get; init; }
    public int Relations { get; init; }
    public int Courses { get; init; }
}
