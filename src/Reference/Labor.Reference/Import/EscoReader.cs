using Labor.BuildingBlocks.Csv;
using Labor.Reference.Data;

namespace Labor.Reference.Import;

/// <summary>
/// Turns the files of an ESCO download into one <see cref="VocabularyBatch"/>, checking every row and every reference;
/// problems are collected, never thrown, so an import can refuse as a whole and list them all.
/// </summary>
internal sealed class EscoReader(KnownConcepts known, ImportErrors errors)
{
    private readonly VocabularyBatch batch = new();

    /// <summary>Rows left out because they name a concept of <see cref="EscoErrata"/>.</summary>
    public int Skipped { get; private set; }

    /// <param name="progress">Told each file's name and rows once it has been read.</param>
    public VocabularyBatch Read(IEnumerable<EscoFile> files, Action<string, int>? progress = null)
    {
        foreach (EscoFile file in files.OrderBy(f => f.Kind).ThenBy(f => f.Language, StringComparer.Ordinal))
        {
            if (Open(file) is not { } content)
            {
                continue;
            }

            using Stream _ = content;
            Action<CsvRow> readRow = file.Kind switch
            {
                EscoFileKind.IscoGroups => row => IscoGroup(row, file.Language),
                EscoFileKind.SkillGroups => row => SkillGroup(row, file.Language),
                EscoFileKind.SkillsHierarchy => row => HierarchyLevel(row, file.Language),
                EscoFileKind.Skills => row => Skill(row, file.Language),
                EscoFileKind.BroaderRelationsSkillPillar => BroaderRelation,
                EscoFileKind.SkillSkillRelations => SkillRelation,
                EscoFileKind.Occupations => row => Occupation(row, file.Language),
                EscoFileKind.BroaderRelationsOccPillar => OccupationBroader,
                EscoFileKind.OccupationSkillRelations => Relation,
                _ => throw new InvalidOperationException($"No reader for {file.Kind}"),
            };
            int rows = 0;
            foreach (CsvRow row in CsvTable.Read(content, file.Name, RequiredColumns(file.Kind), errors,
                         trailingColumnsMayBeMissing: file.Kind == EscoFileKind.SkillsHierarchy))
            {
                readRow(row);
                rows++;
            }

            progress?.Invoke(file.Name, rows);
        }

        return batch;
    }

    private Stream? Open(EscoFile file)
    {
        try
        {
            return file.Open();
        }
        catch (InvalidDataException exception)
        {
            errors.Add(new ImportError(file.Name, null, null, $"cannot be unpacked ({exception.Message})"));
            return null;
        }
    }

    private static string[] RequiredColumns(EscoFileKind kind) => kind switch
    {
        EscoFileKind.IscoGroups => ["code", "preferredLabel"],
        EscoFileKind.SkillGroups => ["conceptUri", "preferredLabel"],
        EscoFileKind.SkillsHierarchy => ["Level 0 URI", "Level 0 preferred term"],
        EscoFileKind.Skills => ["conceptUri", "preferredLabel", "skillType", "reuseLevel"],
        EscoFileKind.BroaderRelationsSkillPillar => ["conceptUri", "broaderUri"],
        EscoFileKind.SkillSkillRelations => ["originalSkillUri", "relationType", "relatedSkillUri"],
        EscoFileKind.Occupations => ["conceptUri", "iscoGroup", "preferredLabel"],
        EscoFileKind.BroaderRelationsOccPillar => ["conceptType", "conceptUri", "broaderType", "broaderUri"],
        EscoFileKind.OccupationSkillRelations => ["occupationUri", "relationType", "skillUri"],
        _ => [],
    };

    private void IscoGroup(CsvRow row, string language)
    {
        string? code = row.Required("code");
        string? label = row.Required("preferredLabel");
        if (code is null || label is null)
        {
            return;
        }

        if (!Vocab.IsIscoCode(code))
        {
            row.Fail("code", $"'{code}' is not an ISCO-08 code (1 to 4 digits)");
            return;
        }

        SetLabel(batch.IscoGroup(code), language, label);
    }

    private void SkillGroup(CsvRow row, string language)
    {
        if (ConceptUri(row, "conceptUri") is { } uri && row.Required("preferredLabel") is { } label)
        {
            SkillRow group = batch.Skill(uri);
            group.IsGroup = true;
            SetLabels(group, language, label, row.List("altLabels"));
        }
    }

    /// <summary>Each row names one concept of the hierarchy: the deepest level filled, under the level above it.</summary>
    private void HierarchyLevel(CsvRow row, string language)
    {
        string? broader = null;
        for (int level = 0; level <= 3; level++)
        {
            string column = $"Level {level} URI";
            if (row.Optional(column) is null)
            {
                break;
            }

            if (ConceptUri(row, column) is not { } uri)
            {
                return;
            }

            SkillRow group = batch.Skill(uri);
            group.IsGroup = true;
            group.BroaderUri ??= broader;
            if (row.Optional($"Level {level} preferred term") is { } label)
            {
                SetLabels(group, language, label, []);
            }

            broader = uri;
        }
    }

    private void Skill(CsvRow row, string language)
    {
        string? uri = ConceptUri(row, "conceptUri");
        string? label = row.Required("preferredLabel");
        string? type = Code(row, "skillType", Vocab.SkillTypes);
        string? reuse = Code(row, "reuseLevel", Vocab.ReuseLevels);
        if (uri is null || label is null)
        {
            return;
        }

        SkillRow skill = batch.Skill(uri);
        skill.SkillType = type ?? skill.SkillType;
        skill.ReuseLevel = reuse ?? skill.ReuseLevel;
        SetLabels(skill, language, label, row.List("altLabels"), row.List("hiddenLabels"));
    }

    private void SkillRelation(CsvRow row)
    {
        string? skill = ConceptUri(row, "originalSkillUri");
        string? relation = Code(row, "relationType", RelationTypes);
        string? related = ConceptUri(row, "relatedSkillUri");
        if (skill is null || relation is null || related is null)
        {
            return;
        }

        if (!IsSkill(skill))
        {
            row.Fail("originalSkillUri", $"unknown skill {skill}");
        }
        else if (!IsSkill(related))
        {
            row.Fail("relatedSkillUri", $"unknown skill {related}");
        }
        else
        {
            batch.RelateSkills(skill, related, relation == "essential");
        }
    }

    /// <summary>An occupation under a broader occupation or under its ISCO group; the ISCO groups' own hierarchy is in their codes.</summary>
    private void OccupationBroader(CsvRow row)
    {
        if (!string.Equals(row.Optional("conceptType"), "Occupation", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string? uri = ConceptUri(row, "conceptUri");
        string? broader = ConceptUri(row, "broaderUri");
        if (uri is null || broader is null)
        {
            return;
        }

        bool underOccupation = string.Equals(row.Optional("broaderType"), "Occupation", StringComparison.OrdinalIgnoreCase);
        if (EscoErrata.UndefinedConcepts.Contains(uri))
        {
            Skipped++;
        }
        else if (!IsOccupation(uri))
        {
            row.Fail("conceptUri", $"unknown occupation {uri}");
        }
        else if (underOccupation ? !IsOccupation(broader) : !IsIscoGroup(broader))
        {
            row.Fail("broaderUri", $"unknown {(underOccupation ? "occupation" : "ISCO-08 group")} {broader}");
        }
        else
        {
            batch.OccupationBroader[uri] = broader;
        }
    }

    private void BroaderRelation(CsvRow row)
    {
        string? uri = ConceptUri(row, "conceptUri");
        string? broader = ConceptUri(row, "broaderUri");
        if (uri is null || broader is null)
        {
            return;
        }

        if (!IsSkill(uri))
        {
            row.Fail("conceptUri", $"unknown skill {uri}");
        }
        else if (!IsSkill(broader))
        {
            row.Fail("broaderUri", $"unknown skill or skill group {broader}");
        }
        else
        {
            // ESCO lets a skill sit under several groups; matching's partial credit follows the first.
            batch.Skill(uri).BroaderUri ??= broader;
        }
    }

    private void Occupation(CsvRow row, string language)
    {
        string? uri = ConceptUri(row, "conceptUri");
        string? isco = row.Required("iscoGroup");
        string? label = row.Required("preferredLabel");
        if (uri is null || isco is null || label is null)
        {
            return;
        }

        if (!Vocab.IsIscoCode(isco, minLength: 4))
        {
            row.Fail("iscoGroup", $"'{isco}' is not an ISCO-08 unit group (4 digits)");
            return;
        }

        if ((batch.IscoGroups.Count > 0 || known.IscoCodes.Count > 0) && !batch.IscoGroups.ContainsKey(isco) && !known.IscoCodes.Contains(isco))
        {
            row.Fail("iscoGroup", $"unknown ISCO-08 group {isco}");
            return;
        }

        OccupationRow occupation = batch.Occupation(uri, isco);
        occupation.IscoCode = isco;
        if (language == "en")
        {
            occupation.LabelEn = label;
            occupation.AltLabelsEn = row.List("altLabels");
            occupation.HiddenLabelsEn = row.List("hiddenLabels");
        }
        else
        {
            occupation.LabelNl = label;
            occupation.AltLabelsNl = row.List("altLabels");
            occupation.HiddenLabelsNl = row.List("hiddenLabels");
        }
    }

    private void Relation(CsvRow row)
    {
        string? occupation = ConceptUri(row, "occupationUri");
        string? relation = Code(row, "relationType", RelationTypes);
        string? skill = ConceptUri(row, "skillUri");
        if (occupation is null || relation is null || skill is null)
        {
            return;
        }

        if (EscoErrata.UndefinedConcepts.Contains(occupation))
        {
            Skipped++;
        }
        else if (!IsOccupation(occupation))
        {
            row.Fail("occupationUri", $"unknown occupation {occupation}");
        }
        else if (!IsSkill(skill))
        {
            row.Fail("skillUri", $"unknown skill {skill}");
        }
        else
        {
            batch.Relate(occupation, skill, relation == "essential");
        }
    }

    private static readonly IReadOnlySet<string> RelationTypes = new HashSet<string>(["essential", "optional"], StringComparer.Ordinal);

    private bool IsSkill(string uri) => batch.Skills.ContainsKey(uri) || known.Skills.Contains(uri);

    private bool IsOccupation(string uri) => batch.Occupations.ContainsKey(uri) || known.Occupations.Contains(uri);

    private bool IsIscoGroup(string uri) =>
        uri.StartsWith(IscoGroupUriPrefix, StringComparison.Ordinal) && uri[IscoGroupUriPrefix.Length..] is var code
        && (batch.IscoGroups.ContainsKey(code) || known.IscoCodes.Contains(code));

    private const string IscoGroupUriPrefix = "http://data.europa.eu/esco/isco/C";

    private static string? ConceptUri(CsvRow row, string column)
    {
        string? value = row.Required(column);
        if (value is not null && !Vocab.IsConceptUri(value))
        {
            row.Fail(column, $"'{value}' is not a concept URI");
            return null;
        }

        return value;
    }

    private static string? Code(CsvRow row, string column, IReadOnlySet<string> allowed)
    {
        string? value = row.Optional(column);
        if (value is not null && !allowed.Contains(value))
        {
            row.Fail(column, $"unknown code '{value}'; expected one of {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    private static void SetLabel(IscoGroupRow group, string language, string label)
    {
        if (language == "en")
        {
            group.LabelEn = label;
        }
        else
        {
            group.LabelNl = label;
        }
    }

    private static void SetLabels(SkillRow skill, string language, string label, string[] altLabels, string[]? hiddenLabels = null)
    {
        if (language == "en")
        {
            skill.LabelEn = label;
            skill.AltLabelsEn = altLabels.Length > 0 ? altLabels : skill.AltLabelsEn;
            skill.HiddenLabelsEn = hiddenLabels ?? skill.HiddenLabelsEn;
        }
        else
        {
            skill.LabelNl = label;
            skill.AltLabelsNl = altLabels.Length > 0 ? altLabels : skill.AltLabelsNl;
            skill.HiddenLabelsNl = hiddenLabels ?? skill.HiddenLabelsNl;
        }
    }
}
