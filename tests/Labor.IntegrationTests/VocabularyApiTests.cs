using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>The built-in starter taxonomy and training catalogue, served through the public vocabulary API.</summary>
public sealed class VocabularyApiTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Forklift = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    [Fact]
    public async Task Occupations_are_found_by_prefix_and_typo_in_both_languages()
    {
        (await UrisAsync("/api/reference/occupations?q=heftruck")).ShouldContain(Forklift);
        (await UrisAsync("/api/reference/occupations?q=hetfruck")).ShouldContain(Forklift);
        JsonElement[] english = await GetAsync("/api/reference/occupations?q=forklift&lang=en");
        english.ShouldContain(s => s.GetProperty("uri").GetString() == Forklift && s.GetProperty("label").GetString() == "forklift operator");
    }

    [Fact]
    public async Task An_occupation_has_its_sector_tables_and_skills_and_a_skill_its_courses()
    {
        using HttpClient http = host.CreateHttpClient();
        JsonElement occupation = (await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/reference/occupation?uri={Uri.EscapeDataString(Forklift)}", UriKind.Relative)));

        occupation.GetProperty("iscoCode").GetString().ShouldBe("8344");
        occupation.GetProperty("sectorTables").EnumerateArray().Select(t => t.GetString()).ShouldContain("Transport & Logistiek");
        JsonElement[] skills = [.. occupation.GetProperty("skills").EnumerateArray()];
        skills.ShouldContain(s => s.GetProperty("essential").GetBoolean());
        string skill = skills.First(s => s.GetProperty("essential").GetBoolean()).GetProperty("skillUri").GetString()!;

        JsonElement details = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/reference/skill?uri={Uri.EscapeDataString(skill)}", UriKind.Relative));
        details.GetProperty("skill").GetProperty("label").GetProperty("nl").GetString().ShouldNotBeNullOrEmpty();
        details.GetProperty("broader").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_occupation_offers_its_skills_labelled_for_a_form_essential_first()
    {
        JsonElement[] skills = await GetAsync($"/api/reference/occupation/skills?uri={Uri.EscapeDataString(Forklift)}&lang=nl");

        skills.Length.ShouldBeGreaterThan(5);
        skills.ShouldContain(s => s.GetProperty("label").GetString() == "heftruck besturen" && s.GetProperty("essential").GetBoolean()
                                  && s.GetProperty("labelLanguage").GetString() == "nl");
        skills.Select(s => s.GetProperty("essential").GetBoolean()).ShouldBe(
            skills.Select(s => s.GetProperty("essential").GetBoolean()).OrderByDescending(e => e), "essential first");
        skills.Where(s => s.GetProperty("labelLanguage").GetString() == "en").ShouldAllBe(s => s.GetProperty("label").GetString()!.Length > 0);
        using HttpClient http = host.CreateHttpClient();
        (await http.GetAsync(new Uri("/api/reference/occupation/skills?uri=urn:nothing", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_training_catalogue_holds_the_topcentrum_modules()
    {
        JsonElement[] courses = await GetAsync("/api/reference/courses");

        JsonElement[] topcentrum = [.. courses.Where(c => c.GetProperty("provider").GetString() == "Topcentrum E-commerce")];
        topcentrum.Length.ShouldBe(15);
        JsonElement main = topcentrum.Single(c => c.GetProperty("id").GetString() == "topcentrum-logistics-main");
        string taught = main.GetProperty("skillUris")[0].GetString()!;
        (await GetAsync($"/api/reference/courses?skill={Uri.EscapeDataString(taught)}")).ShouldContain(c => c.GetProperty("id").GetString() == "topcentrum-logistics-main");
    }

    [Theory]
    [InlineData("/api/reference/skills", "q")]
    [InlineData("/api/reference/skills?q=" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "x", "q")]
    [InlineData("/api/reference/skills?q=lassen&lang=de", "lang")]
    [InlineData("/api/reference/occupations?q=kok&limit=0", "limit")]
    [InlineData("/api/reference/occupations?q=kok&limit=51", "limit")]
    [InlineData("/api/reference/skill", "uri")]
    [InlineData("/api/reference/occupation/skills", "uri")]
    [InlineData("/api/reference/occupation/skills?uri=x&lang=fr", "lang")]
    [InlineData("/api/reference/postcode?postcode=0123AB", "postcode")]
    [InlineData("/api/reference/postcode?postcode=8011%20SS", "postcode")]
    [InlineData("/api/reference/postcode", "postcode")]
    [InlineData("/api/reference/postcode?postcode=8011PK&municipality=Amsterdam", "municipality")]
    public async Task Bad_queries_get_problem_details_naming_the_field(string path, string field)
    {
        using HttpClient http = host.CreateHttpClient();
        using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_is_a_bad_request_too()
    {
        using HttpClient http = host.CreateHttpClient();
        using HttpResponseMessage response = await http.GetAsync(new Uri("/api/reference/skills?q=lassen&limit=many", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_concept_is_a_404_that_names_it()
    {
        using HttpClient http = host.CreateHttpClient();
        using HttpResponseMessage response = await http.GetAsync(new Uri("/api/reference/skill?uri=urn:labor:skill:juggling-chainsaws", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("urn:labor:skill:juggling-chainsaws");
    }

    private async Task<string?[]> UrisAsync(string path) => [.. (await GetAsync(path)).Select(s => s.GetProperty("uri").GetString())];

    private async Task<JsonElement[]> GetAsync(string path)
    {
        using HttpClient http = host.CreateHttpClient();
        return (await http.GetFromJsonAsync<JsonElement[]>(new Uri(path, UriKind.Relative)))!;
    }
}
