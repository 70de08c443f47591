using Labor.BuildingBlocks.Csv;
using Labor.Reference.Data;
using Labor.Reference.Import;
using Labor.Reference.Vocabulary;

namespace Labor.Reference.Tests.Vocabulary;

/// <summary>The built-in taxonomy is valid and big enough that matching across sectors means something.</summary>
public sealed class StarterTaxonomyTests
{
    private static readonly ImportErrors Errors = new();
    private static readonly VocabularyBatch Starter = StarterTaxonomy.Read(new StaticReferenceData(), Errors);

    [Fact]
    public void Reads_without_a_single_problem() => Errors.All.Select(e => e.ToString()).ShouldBeEmpty();

    [Fact]
    public void Has_at_least_80_occupations_and_300_skills()
    {
        Starter.Occupations.Count.ShouldBeGreaterThanOrEqualTo(80);
        Starter.Skills.Values.Count(s => !s.IsGroup).ShouldBeGreaterThanOrEqualTo(300);
    }

    [Fact]
    public void Every_sector_table_has_its_common_occupations()
    {
        foreach (string table in RegionData.SectorTables.Select(t => t.Name))
        {
            Starter.Occupations.Values.Count(o => o.SectorOverrides.Contains(table)).ShouldBeGreaterThanOrEqualTo(8, table);
        }
    }

    [Fact]
    public void Occupations_carry_esco_uris_isco_codes_and_both_labels()
    {
        Starter.Occupations.Values.ShouldAllBe(o =>
            o.Uri.StartsWith("http://data.europa.eu/esco/occupation/") && o.IscoCode.Length == 4 && o.LabelNl != null && o.LabelEn != null);
    }

    [Fact]
    public void Skills_are_esco_uris_or_platform_urns_and_each_it_defines_sits_in_the_hierarchy()
    {
        HashSet<string> replacements = [.. Starter.Skills.Values.Select(s => s.ReplacedBy).OfType<string>()];
        Starter.Skills.Values.Where(s => !s.IsGroup).ShouldAllBe(s =>
            s.Uri.StartsWith("http://data.europa.eu/esco/skill/") || s.Uri.StartsWith("urn:labor:skill:"));
        Starter.Skills.Values.Where(s => !s.IsGroup && !replacements.Contains(s.Uri)).ShouldAllBe(s => s.BroaderUri != null);
    }

    [Fact]
    public void Regional_skills_esco_has_are_replaced_by_it_and_give_it_their_dutch_words()
    {
        SkillRow[] regional = [.. Starter.Skills.Values.Where(s => s.Uri.StartsWith("urn:labor:skill:", StringComparison.Ordinal))];
        SkillRow[] replaced = [.. regional.Where(s => s.ReplacedBy is not null)];

        replaced.Length.ShouldBe(309, "203 exact and 106 close in regional-skill-mapping.csv");
        replaced.ShouldAllBe(s => s.ReplacedBy!.StartsWith("http://data.europa.eu/esco/skill/"));
        SkillRow forklift = Starter.Skills["http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"];
        forklift.LabelNl.ShouldBe("heftruck besturen");
        forklift.AltLabelsNl.ShouldContain("heftruck rijden");
        forklift.LabelEn.ShouldBeNull("English stays ESCO's");
        regional.Where(s => s.ReplacedBy is null).Select(s => s.Uri).ShouldContain("urn:labor:skill:code-95");
        Starter.Relations.Keys.ShouldNotContain(r => replaced.Any(s => s.Uri == r.Skill), "occupations name the ESCO skill");
        Starter.Courses.Values.SelectMany(c => c.Skills).ShouldNotContain(uri => replaced.Any(s => s.Uri == uri), "courses too");
    }

    [Fact]
    public void Transversal_skills_are_there_including_dutch_language()
    {
        SkillRow[] transversal = [.. Starter.Skills.Values.Where(s => s.ReuseLevel == "transversal")];
        transversal.Length.ShouldBeGreaterThanOrEqualTo(30);
        transversal.ShouldContain(s => s.LabelNl!.Contains("Nederlands", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Many_skills_recur_across_sector_tables()
    {
        int recurring = Starter.Relations.Values
            .GroupBy(r => r.SkillUri)
            .Count(skill => skill.SelectMany(r => Starter.Occupations[r.OccupationUri].SectorOverrides).Distinct().Count() >= 2);

        recurring.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void The_training_catalogue_has_the_topcentrum_modules_and_regional_courses()
    {
        CourseRow[] topcentrum = [.. Starter.Courses.Values.Where(c => c.Provider == "Topcentrum E-commerce")];
        topcentrum.Length.ShouldBe(15);
        foreach (string area in new[] { "ict", "marketing-sales", "logistics", "design", "business" })
        {
            topcentrum.Select(c => c.Id).Where(id => id.StartsWith($"topcentrum-{area}-", StringComparison.Ordinal)).Order()
                .ShouldBe([$"topcentrum-{area}-excellence", $"topcentrum-{area}-light", $"topcentrum-{area}-main"]);
        }

        Starter.Courses.Count.ShouldBeGreaterThanOrEqualTo(40);
        Starter.Courses.Values.ShouldContain(c => c.Voucher);
        Starter.Courses.Values.ShouldAllBe(c => c.Skills.Length > 0);
    }
}
