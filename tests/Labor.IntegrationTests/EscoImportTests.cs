using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>An admin imports ESCO CSV files; an import completes or changes nothing.</summary>
public sealed class EscoImportTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Baker = "http://example.org/esco/occupation/test-baker";

    private static readonly (string Name, string Content)[] SmallDownload =
    [
        ("ISCOGroups_nl.csv", "conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C7512,7512,Bakkers en banketbakkers\n"),
        ("skills_nl.csv", "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\nKnowledgeSkillCompetence,http://example.org/esco/skill/test-dough,skill/competence,sector-specific,deeg kneden,\"deeg maken\nbrooddeeg bereiden\"\n"),
        ("occupations_nl.csv", $"conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\nOccupation,{Baker},7512,proefbakker,\"broodbakker\nambachtelijk bakker\"\n"),
        ("occupations_en.csv", $"conceptUri,iscoGroup,preferredLabel\n{Baker},7512,test baker\n"),
        ("occupationSkillRelations_en.csv", $"occupationUri,relationType,skillType,skillUri\n{Baker},essential,skill/competence,http://example.org/esco/skill/test-dough\n"),
    ];

    [Fact]
    public async Task An_admin_imports_an_esco_download_and_it_is_searchable_at_once()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(SmallDownload));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        JsonElement summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("occupations").GetInt32().ShouldBe(1);
        summary.GetProperty("relations").GetInt32().ShouldBe(1);
        JsonElement[] found = (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/occupations?q=ambachtelijk%20bakk", UriKind.Relative)))!;
        found.ShouldContain(s => s.GetProperty("uri").GetString() == Baker && s.GetProperty("label").GetString() == "proefbakker");
        JsonElement baker = await admin.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/reference/occupation?uri={Uri.EscapeDataString(Baker)}", UriKind.Relative));
        baker.GetProperty("label").GetProperty("en").GetString().ShouldBe("test baker");
        baker.GetProperty("sectorTables").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Agri & Food"]); // from ISCO 7512
    }

    [Fact]
    public async Task A_file_with_errors_is_refused_whole_naming_each_row_and_field()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        long occupationsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupations");
        long importsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports");

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(
            ("occupations_nl.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://example.org/esco/occupation/fine,7512,goede bakker\nhttp://example.org/esco/occupation/bad,75,slechte bakker\n"),
            ("occupationSkillRelations_en.csv", "occupationUri,relationType,skillUri\nhttp://example.org/esco/occupation/fine,essential,http://example.org/esco/skill/unknown\n")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        string[] problems = [.. problem.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("file").GetString()}:{p.GetProperty("row").GetInt32()}:{p.GetProperty("field").GetString()}")];
        problems.ShouldBe(["occupations_nl.csv:3:iscoGroup", "occupationSkillRelations_en.csv:2:skillUri"]);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupations")).ShouldBe(occupationsBefore);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports")).ShouldBe(importsBefore);
        (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/occupations?q=goede%20bakker", UriKind.Relative)))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upload_without_esco_files_is_refused()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(("holiday.csv", "a,b\n1,2\n")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("no ESCO file recognised");
    }

    [Fact]
    public async Task Only_admins_may_import()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);

        using HttpResponseMessage response = await employer.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(SmallDownload));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>The real Dutch ESCO occupation files, when the shared folder is there (it is on the team's machines and in CI).</summary>
    [Fact]
    public async Task The_real_dutch_esco_occupations_import_with_their_isco_codes()
    {
        string folder = SharedData.EscoFolder;
        if (!File.Exists(Path.Combine(folder, "occupations_nl.csv")))
        {
            return;
        }

        TestUser admin = await host.UserAsync(Roles.Admin);
        using var upload = new MultipartFormDataContent();
        foreach (string name in new[] { "ISCOGroups_nl.csv", "skillGroups_nl.csv", "skillsHierarchy_nl.csv", "occupations_nl.csv", "v1.0.x-en/occupations_en.csv", "v1.0.x-en/ISCOGroups_en.csv" })
        {
            upload.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(folder, name))), "files", Path.GetFileName(name));
        }

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), upload);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        // 3,039 Dutch occupations (v1.2) and 5 more that only the older English file (v1.0) still has.
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occupations").GetInt32().ShouldBe(3044);
        const string Esco = "uri LIKE 'http://data.europa.eu/esco/occupation/%'";
        (await host.ScalarAsync<long>($"SELECT count(*) FROM reference.occupations WHERE {Esco} AND label_nl IS NOT NULL AND isco_code ~ '^[0-9]{{4}}$'")).ShouldBe(3039);
        (await host.ScalarAsync<long>($"SELECT count(*) FROM reference.occupations WHERE {Esco} AND label_en IS NOT NULL")).ShouldBeGreaterThan(2900);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.isco_groups")).ShouldBe(619);
        JsonElement[] found = (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/occupations?q=inspicient", UriKind.Relative)))!;
        found.ShouldContain(s => s.GetProperty("label").GetString() == "inspiciënt");
    }

    private static MultipartFormDataContent Upload(params (string Name, string Content)[] files)
    {
        var upload = new MultipartFormDataContent();
        foreach ((string name, string content) in files)
        {
            var part = new StringContent(content, Encoding.UTF8);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            upload.Add(part, "files", name);
        }

        return upload;
    }
}
