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
        (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/occupations?q=goede%20bakker", UriKind.Relative)))!
            .ShouldNotContain(o => o.GetProperty("uri").GetString() == "http://example.org/esco/occupation/fine", "ESCO's own bakers may be found; the refused one not");
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

    [Fact]
    public async Task A_fresh_install_knows_the_whole_esco_v1_1_1_classification()
    {
        // What the first start imported from data/esco (ADR 12): every concept and relation of the release, less the
        // 67 links and 1 hierarchy row naming the one occupation the release never defines (EscoErrata).
        static string Imported(string column) => $"SELECT {column} FROM reference.imports WHERE source = 'esco' ORDER BY id LIMIT 1";
        (await host.ScalarAsync<long>(Imported("occupations"))).ShouldBe(3007);
        (await host.ScalarAsync<long>(Imported("skills"))).ShouldBe(13896);
        (await host.ScalarAsync<long>(Imported("relations"))).ShouldBe(123855 - 67);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupation_skills WHERE source = 'esco' AND occupation_uri LIKE 'http://data.europa.eu/%'")).ShouldBe(123788);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.skill_relations WHERE skill_uri LIKE 'http://data.europa.eu/%' AND related_uri LIKE 'http://data.europa.eu/%'")).ShouldBe(5899);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupations WHERE broader_uri LIKE 'http://data.europa.eu/%'")).ShouldBe(3007);
        (await host.ScalarAsync<long>("""
            SELECT count(*) FROM reference.skills
            WHERE uri LIKE 'http://data.europa.eu/esco/skill/%' AND NOT is_group AND reuse_level IS NOT NULL AND broader_uri IS NOT NULL
            """)).ShouldBeGreaterThanOrEqualTo(13896);

        using HttpClient http = host.CreateHttpClient();
        const string Cashier = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";
        JsonElement[] cashiers = (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/occupations?q=caissiere", UriKind.Relative)))!;
        cashiers[0].GetProperty("uri").GetString().ShouldBe(Cashier);
        JsonElement cashier = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/reference/occupation?uri={Uri.EscapeDataString(Cashier)}", UriKind.Relative));
        cashier.GetProperty("skills").GetArrayLength().ShouldBeGreaterThan(10, "an occupation brings its ESCO skills");
        // An ESCO skill without a Dutch label is shown in English and says so.
        JsonElement[] seo = (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/skills?q=search%20engine%20optimisation", UriKind.Relative)))!;
        seo.ShouldContain(s => s.GetProperty("labelLanguage").GetString() == "en");
    }

    [Fact]
    public async Task The_official_zip_archives_import_through_the_api()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        using var upload = new MultipartFormDataContent();
        foreach (string archive in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "data", "esco", "v1.1.1"), "*.zip"))
        {
            upload.Add(new ByteArrayContent(await File.ReadAllBytesAsync(archive)), "files", Path.GetFileName(archive));
        }

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), upload);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        JsonElement summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("occupations").GetInt32().ShouldBe(3007);
        summary.GetProperty("skills").GetInt32().ShouldBe(13896);
        summary.GetProperty("relations").GetInt32().ShouldBe(123788);
    }

    [Fact]
    public async Task A_damaged_archive_is_refused_naming_it_and_changes_nothing()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        long importsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports");
        string archive = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "data", "esco", "v1.1.1"), "*en - csv.zip").Single();
        byte[] truncated = (await File.ReadAllBytesAsync(archive))[..100_000];
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(truncated), "files", "esco-en.zip" },
            { new ByteArrayContent("occupationUri,relationType,skillUri\n"u8.ToArray()), "files", "not-really.zip" },
        };

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), upload);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        string[] files = [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("file").GetString()!)];
        files.Order().ShouldBe(["esco-en.zip", "not-really.zip"]);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports")).ShouldBe(importsBefore);
    }

    [Fact]
    public async Task Relations_naming_unknown_skills_are_refused_naming_row_and_field()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        long before = await host.ScalarAsync<long>("SELECT count(*) FROM reference.skill_relations");

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(
            ("skillSkillRelations.csv", "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
                + "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da,skill/competence,optional,knowledge,http://example.org/esco/skill/nowhere\n")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonElement problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        $"{problem.GetProperty("file").GetString()}:{problem.GetProperty("row").GetInt32()}:{problem.GetProperty("field").GetString()}"
            .ShouldBe("skillSkillRelations.csv:2:relatedSkillUri");
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.skill_relations")).ShouldBe(before);
    }

    [Fact]
    public async Task A_second_import_while_one_runs_is_refused_and_changes_nothing()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        long importsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports");
        // Another host's import holds the lock the importer takes for its whole run.
        await using var running = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await running.OpenAsync();
        await using (var hold = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(hashtext('labor.reference.import'))", running))
        {
            await hold.ExecuteNonQueryAsync();
        }

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), Upload(SmallDownload));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("another vocabulary import is running");
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports")).ShouldBe(importsBefore);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupations WHERE uri = $1", Baker)).ShouldBe(0);
    }

    /// <summary>A newer release's Dutch occupations (v1.2.0, from the shared folder) over the default v1.1.1: nothing is lost.</summary>
    [Fact]
    public async Task A_newer_release_of_dutch_occupations_imports_over_the_default_and_loses_nothing()
    {
        string folder = SharedData.EscoFolder;
        if (!File.Exists(Path.Combine(folder, "occupations_nl.csv")))
        {
            return;
        }

        TestUser admin = await host.UserAsync(Roles.Admin);
        long relationsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupation_skills");
        using var upload = new MultipartFormDataContent();
        foreach (string name in new[] { "ISCOGroups_nl.csv", "skillGroups_nl.csv", "skillsHierarchy_nl.csv", "occupations_nl.csv" })
        {
            upload.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(folder, name))), "files", Path.GetFileName(name));
        }

        using HttpResponseMessage response = await admin.Http.PostAsync(new Uri("/api/admin/vocabulary/imports", UriKind.Relative), upload);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occupations").GetInt32().ShouldBe(3039);
        const string Esco = "uri LIKE 'http://data.europa.eu/esco/occupation/%'";
        // v1.2.0's 3,039 and the 3 of v1.1.1 it no longer lists: an import never deletes a concept someone may name.
        (await host.ScalarAsync<long>($"SELECT count(*) FROM reference.occupations WHERE {Esco} AND label_nl IS NOT NULL AND isco_code ~ '^[0-9]{{4}}$'")).ShouldBe(3042);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupation_skills")).ShouldBe(relationsBefore, "a file without relations keeps them");
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
