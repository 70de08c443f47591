using Labor.BuildingBlocks.Csv;
using System.Text;
using Labor.Reference.Import;

namespace Labor.Reference.Tests.Vocabulary;

/// <summary>The importer's reading half, on small files in the official ESCO download format.</summary>
public sealed class EscoReaderTests
{
    private const string Occupations = """
        conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
        Occupation,http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,8344,heftruckchauffeur,"chauffeur vorkheftruck
        bestuurder heftruck",,released,2024-01-25T11:28:50.295Z,,,,"http://data.europa.eu/esco/concept-scheme/occupations,
        http://data.europa.eu/esco/concept-scheme/member-occupations","Heftruckchauffeurs besturen heftrucks, ""veilig"" en snel.",8344.1
        """;

    private const string OccupationsEnglishColumnsReordered = """
        preferredLabel,iscoGroup,conceptUri,altLabels
        forklift operator,8344,http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,"forklift driver
        forklift truck operator"
        """;

    private const string Skills = """
        conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
        KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/a,skill/competence,transversal,samenwerken,"in teamverband werken
        teamwork",,released,,,,,
        KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/b,knowledge,sector-specific,veiligheidsvoorschriften,,,released,,,,,
        """;

    private const string Relations = """
        occupationUri,relationType,skillType,skillUri
        http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,essential,skill/competence,http://data.europa.eu/esco/skill/a
        http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,optional,knowledge,http://data.europa.eu/esco/skill/b
        """;

    private const string Hierarchy = """
        Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code
        http://data.europa.eu/esco/skill/S,vaardigheden
        http://data.europa.eu/esco/skill/S,vaardigheden,http://data.europa.eu/esco/skill/S1,communiceren,,,,,,,S,S1
        """;

    [Fact]
    public void Reads_occupations_skills_and_relations_in_both_languages_with_multi_line_fields()
    {
        (VocabularyBatch batch, ImportErrors errors) = Read(
            ("occupations_nl.csv", Occupations), ("occupations_en.csv", OccupationsEnglishColumnsReordered),
            ("skills_nl.csv", Skills), ("occupationSkillRelations_en.csv", Relations), ("skillsHierarchy_nl.csv", Hierarchy));

        errors.All.ShouldBeEmpty();
        var forklift = batch.Occupations["http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"];
        forklift.IscoCode.ShouldBe("8344");
        forklift.LabelNl.ShouldBe("heftruckchauffeur");
        forklift.LabelEn.ShouldBe("forklift operator");
        forklift.AltLabelsNl.ShouldBe(["chauffeur vorkheftruck", "bestuurder heftruck"]);
        forklift.AltLabelsEn.ShouldBe(["forklift driver", "forklift truck operator"]);
        batch.Skills["http://data.europa.eu/esco/skill/a"].AltLabelsNl.ShouldBe(["in teamverband werken", "teamwork"]);
        batch.Relations.Values.Select(r => (r.SkillUri, r.Essential)).ShouldBe(
            [("http://data.europa.eu/esco/skill/a", true), ("http://data.europa.eu/esco/skill/b", false)], ignoreOrder: true);
        batch.Skills["http://data.europa.eu/esco/skill/S1"].BroaderUri.ShouldBe("http://data.europa.eu/esco/skill/S");
        batch.Skills["http://data.europa.eu/esco/skill/S1"].IsGroup.ShouldBeTrue();
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        (_, ImportErrors errors) = Read(("occupations_nl.csv", "conceptUri,preferredLabel\nhttp://x.example/o,kok\n"));

        errors.All.ShouldHaveSingleItem().ToString().ShouldBe("occupations_nl.csv row 1 field 'iscoGroup': this required column is missing from the header");
    }

    [Theory]
    [InlineData("http://x.example/o,83,kok", "field 'iscoGroup'", "not an ISCO-08 unit group")]
    [InlineData("not a uri,8344,kok", "field 'conceptUri'", "not a concept URI")]
    [InlineData("http://x.example/o,8344,", "field 'preferredLabel'", "a value is required")]
    public void A_bad_value_is_named_by_row_and_field(string row, string field, string message)
    {
        (_, ImportErrors errors) = Read(("occupations_nl.csv", $"conceptUri,iscoGroup,preferredLabel\nhttp://x.example/ok,8344,heftruckchauffeur\n{row}\n"));

        string error = errors.All.ShouldHaveSingleItem().ToString();
        error.ShouldStartWith($"occupations_nl.csv row 3 {field}");
        error.ShouldContain(message);
    }

    [Fact]
    public void Unknown_codes_and_unknown_concepts_are_named()
    {
        (_, ImportErrors errors) = Read(
            ("skills_en.csv", "conceptUri,skillType,reuseLevel,preferredLabel\nhttp://x.example/s,skill,transversal,teamwork\n"),
            ("occupations_en.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://x.example/o,8344,forklift operator\n"),
            ("occupationSkillRelations_en.csv", "occupationUri,relationType,skillUri\nhttp://x.example/o,required,http://x.example/s\nhttp://x.example/o,essential,http://x.example/unknown\n"));

        errors.All.Select(e => e.ToString()).ShouldBe([
            "skills_en.csv row 2 field 'skillType': unknown code 'skill'; expected one of skill/competence, knowledge",
            "occupationSkillRelations_en.csv row 2 field 'relationType': unknown code 'required'; expected one of essential, optional",
            "occupationSkillRelations_en.csv row 3 field 'skillUri': unknown skill http://x.example/unknown",
        ]);
    }

    [Fact]
    public void An_occupation_in_an_unknown_isco_group_is_refused_once_groups_are_known()
    {
        (_, ImportErrors errors) = Read(
            ("ISCOGroups_nl.csv", "conceptUri,code,preferredLabel\nhttp://data.europa.eu/esco/isco/C8344,8344,Bestuurders van vorkheftrucks\n"),
            ("occupations_nl.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://x.example/o,8344,heftruckchauffeur\nhttp://x.example/p,9999,onbekend\n"));

        errors.All.ShouldHaveSingleItem().ToString().ShouldBe("occupations_nl.csv row 3 field 'iscoGroup': unknown ISCO-08 group 9999");
    }

    [Fact]
    public void Broken_quoting_is_reported_with_its_row_and_the_rest_still_checked()
    {
        (_, ImportErrors errors) = Read(("occupations_nl.csv",
            "conceptUri,iscoGroup,preferredLabel\nhttp://x.example/a,8344,\"kok\"x\nhttp://x.example/b,83,bakker\n"));

        errors.All.Select(e => e.ToString()).ShouldSatisfyAllConditions(
            all => all.Count().ShouldBe(2),
            all => all.First().ShouldStartWith("occupations_nl.csv row 2: malformed quoting"),
            all => all.Last().ShouldStartWith("occupations_nl.csv row 3 field 'iscoGroup'"));
    }

    [Fact]
    public void A_quote_left_open_is_reported()
    {
        (_, ImportErrors errors) = Read(("occupations_nl.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://x.example/a,8344,\"kok\nhttp://x.example/b,8344,bakker\n"));

        errors.All.ShouldHaveSingleItem().ToString().ShouldContain("never closed");
    }

    [Fact]
    public void Files_the_import_does_not_use_are_not_recognised()
    {
        EscoFile.Recognise("conceptSchemes_nl.csv", () => Stream.Null).ShouldBeNull();
        EscoFile.Recognise("occupations_de.csv", () => Stream.Null).ShouldBeNull();
        EscoFile.Recognise("notes.txt", () => Stream.Null).ShouldBeNull();
        EscoFile.Recognise("/data/esco/ISCOGroups_en.csv", () => Stream.Null)!.Kind.ShouldBe(EscoFileKind.IscoGroups);
    }

    private static (VocabularyBatch Batch, ImportErrors Errors) Read(params (string Name, string Content)[] files)
    {
        var errors = new ImportErrors();
        VocabularyBatch batch = new EscoReader(KnownConcepts.None, errors).Read(
            files.Select(file => EscoFile.Recognise(file.Name, () => new MemoryStream(Encoding.UTF8.GetBytes(file.Content)))!));
        return (batch, errors);
    }
}
