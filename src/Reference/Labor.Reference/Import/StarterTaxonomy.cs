using Labor.BuildingBlocks.Csv;
using Labor.Reference.Contracts;
using Labor.Reference.Data;

namespace Labor.Reference.Import;

/// <summary>
/// The platform's own starter taxonomy and training catalogue, built into the assembly so the platform works offline
/// and without the ESCO download (ADR 6). Occupations carry real ESCO URIs; skills ESCO's where ESCO publishes them
/// in the collections we hold, a <c>urn:labor:skill:</c> URN otherwise.
/// </summary>
internal static class StarterTaxonomy
{
    public const string Source = "starter";

    private static readonly string[] Files = ["skill-groups.csv", "skills.csv", "regional-skill-mapping.csv", "occupations.csv", "courses.csv"];

    /// <summary>The rules of <c>regional-skill-mapping.csv</c> under which a regional skill is replaced by its ESCO skill.</summary>
    private static readonly HashSet<string> ReplacingRules = new(["exact", "close"], StringComparer.Ordinal);

    private static readonly HashSet<string> MappingRules = new(["exact", "close", "none"], StringComparer.Ordinal);

    /// <summary>Changes whenever a starter file changes, so a new release applies its taxonomy once.</summary>
    public static string ContentHash() => Import.ContentHash.Of(Files.Select(file => (Func<Stream>)(() => Open(file))));

    public static VocabularyBatch Read(IReferenceData region, ImportErrors errors)
    {
        var batch = new VocabularyBatch(relationSource: Source);
        var broaderOf = new List<(int Row, string File, string Broader)>();
        Dictionary<string, string> replacedBy = ReadMapping(errors);
        Read("skill-groups.csv", ["uri", "labelNl", "labelEn", "broaderUri"], errors, row =>
        {
            SkillRow group = batch.Skill(row.Required("uri")!);
            group.IsGroup = true;
            group.LabelNl = row.Required("labelNl");
            group.LabelEn = row.Required("labelEn");
            group.BroaderUri = row.Optional("broaderUri");
            broaderOf.Add((row.Number, "skill-groups.csv", group.BroaderUri ?? ""));
        });
        Read("skills.csv", ["uri", "skillType", "reuseLevel", "broaderUri", "labelNl", "labelEn", "altLabelsNl", "altLabelsEn"], errors, row =>
        {
            SkillRow skill = batch.Skill(row.Required("uri")!);
            skill.SkillType = Checked(row, "skillType", Vocab.SkillTypes);
            skill.ReuseLevel = Checked(row, "reuseLevel", Vocab.ReuseLevels);
            skill.BroaderUri = row.Required("broaderUri");
            broaderOf.Add((row.Number, "skills.csv", skill.BroaderUri ?? ""));
            skill.LabelNl = row.Required("labelNl");
            skill.LabelEn = row.Required("labelEn");
            skill.AltLabelsNl = row.List("altLabelsNl");
            skill.AltLabelsEn = row.List("altLabelsEn");
            skill.ReplacedBy = replacedBy.GetValueOrDefault(skill.Uri);
        });
        foreach (SkillRow regional in batch.Skills.Values.Where(s => s.ReplacedBy is not null).ToList())
        {
            GiveDutchLabels(batch.Skill(regional.ReplacedBy!), regional);
        }

        foreach ((int row, string file, string broader) in broaderOf.Where(b => b.Broader.Length > 0 && !batch.Skills.ContainsKey(b.Broader)))
        {
            errors.Add(new ImportError(file, row, "broaderUri", $"unknown skill or skill group {broader}"));
        }

        Read("occupations.csv", ["uri", "iscoCode", "labelNl", "labelEn", "sectorTables", "essentialSkills", "optionalSkills", "altLabelsNl", "altLabelsEn"], errors, row =>
        {
            string uri = row.Required("uri")!;
            string isco = row.Required("iscoCode") ?? "";
            if (!Vocab.IsIscoCode(isco, minLength: 4))
            {
                row.Fail("iscoCode", $"'{isco}' is not an ISCO-08 unit group (4 digits)");
            }

            OccupationRow occupation = batch.Occupation(uri, isco);
            occupation.LabelNl = row.Required("labelNl");
            occupation.LabelEn = row.Required("labelEn");
            occupation.AltLabelsNl = row.List("altLabelsNl");
            occupation.AltLabelsEn = row.List("altLabelsEn");
            occupation.SectorOverrides = SectorTables(row, region);
            foreach (string skill in KnownSkills(row, "essentialSkills", batch))
            {
                batch.Relate(uri, skill, essential: true);
            }

            foreach (string skill in KnownSkills(row, "optionalSkills", batch))
            {
                batch.Relate(uri, skill, essential: false);
            }
        });
        Read("courses.csv", ["id", "titleNl", "titleEn", "provider", "educationLevel", "durationHours", "voucher", "sectorTables", "skills"], errors, row =>
        {
            string id = row.Required("id")!;
            batch.Courses[id] = new CourseRow
            {
                Id = id,
                TitleNl = row.Required("titleNl") ?? "",
                TitleEn = row.Required("titleEn") ?? "",
                Provider = row.Required("provider") ?? "",
                EducationLevel = region.FindEducationLevel(row.Required("educationLevel"))?.Code ?? Fail(row, "educationLevel", "unknown education level"),
                DurationHours = int.TryParse(row.Required("durationHours"), out int hours) && hours > 0 ? hours : Fail(row, "durationHours", "a positive whole number of hours", 0),
                Voucher = bool.TryParse(row.Required("voucher"), out bool voucher) ? voucher : Fail(row, "voucher", "true or false", false),
                SectorTables = SectorTables(row, region),
                Skills = [.. KnownSkills(row, "skills", batch)],
                DescriptionNl = row.Optional("descriptionNl") ?? "",
                DescriptionEn = row.Optional("descriptionEn") ?? "",
            };
        });
        return batch;
    }

    private static void Read(string file, string[] columns, ImportErrors errors, Action<CsvRow> readRow)
    {
        using Stream content = Open(file);
        foreach (CsvRow row in CsvTable.Read(content, file, columns, errors))
        {
            readRow(row);
        }
    }

    /// <summary>The skills named, each replaced regional skill by its ESCO skill.</summary>
    private static IEnumerable<string> KnownSkills(CsvRow row, string column, VocabularyBatch batch) =>
        row.List(column)
            .Where(uri => batch.Skills.ContainsKey(uri) || Fail(row, column, $"unknown skill {uri}", false))
            .Select(uri => batch.Skills[uri].ReplacedBy ?? uri)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Regional skill → the ESCO skill that replaces it (rules exact and close; 'none' stays regional).</summary>
    private static Dictionary<string, string> ReadMapping(ImportErrors errors)
    {
        var replacedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        Read("regional-skill-mapping.csv", ["regionalUri", "escoUri", "rule", "note"], errors, row =>
        {
            string? regional = row.Required("regionalUri");
            string? rule = Checked(row, "rule", MappingRules);
            string? esco = row.Optional("escoUri");
            if (regional is null || rule is null)
            {
                return;
            }

            if (ReplacingRules.Contains(rule) != (esco is not null))
            {
                row.Fail("escoUri", rule == "none" ? "a skill ESCO lacks names no ESCO skill" : $"rule '{rule}' needs the ESCO skill");
            }
            else if (esco is not null && !replacedBy.TryAdd(regional, esco))
            {
                row.Fail("regionalUri", $"{regional} is mapped twice");
            }
        });
        return replacedBy;
    }

    /// <summary>
    /// The regional skill's Dutch words become the ESCO skill's (ESCO's Dutch skill labels are not available here): its
    /// label the Dutch label where the ESCO skill has none yet, the rest alternative labels. English stays ESCO's.
    /// </summary>
    private static void GiveDutchLabels(SkillRow esco, SkillRow regional)
    {
        string[] words = [regional.LabelNl!, .. regional.AltLabelsNl];
        esco.LabelNl ??= words[0];
        esco.AltLabelsNl = [.. esco.AltLabelsNl.Concat(words).Where(word => word != esco.LabelNl).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string[] SectorTables(CsvRow row, IReferenceData region) =>
        [.. row.List("sectorTables").Select(name => region.FindSectorTable(name)?.Name ?? Fail(row, "sectorTables", $"unknown sector table '{name}'"))];

    private static string? Checked(CsvRow row, string column, IReadOnlySet<string> allowed)
    {
        string? value = row.Required(column);
        return value is null || allowed.Contains(value) ? value : Fail<string?>(row, column, $"unknown code '{value}'", null);
    }

    private static string Fail(CsvRow row, string column, string message) => Fail(row, column, message, "");

    private static T Fail<T>(CsvRow row, string column, string message, T fallback)
    {
        row.Fail(column, message);
        return fallback;
    }

    private static Stream Open(string file) => BuiltInFiles.Open($"Starter.{file}");
}
