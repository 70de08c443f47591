using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Labor.IntegrationTests;

/// <summary>A host whose ESCO web-service client points at a local server answering with recorded ESCO JSON.</summary>
public sealed class EscoServiceHost : LaborHost
{
    private readonly WebApplication esco;

    public EscoServiceHost()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        esco = builder.Build();
        esco.MapGet("/search", (string text, string type, string language, string selectedVersion) =>
            selectedVersion != "v1.2.0" ? Results.BadRequest()
            : text == "heftruck" && type == "occupation" && language == "nl" ? Recorded("esco-search-occupation-heftruck.json")
            : Recorded("esco-search-skill-empty.json"));
        esco.MapGet("/resource/occupation", (string uri, string language) =>
            uri.EndsWith("eeac6251-1974-42f5-91ed-513c6c883755", StringComparison.Ordinal)
                ? Recorded("esco-occupation-heftruckchauffeur.json", english: language == "en")
                : Results.Json(new { logref = "NotFoundException", status = 404, message = "Resource not found" }, statusCode: 404));
        esco.StartAsync().GetAwaiter().GetResult(); // the address must be known before the host reads its settings
        Settings["Reference:Esco:BaseUrl"] = esco.Urls.First() + "/";
    }

    /// <summary>The recording is the Dutch answer; the English one differs only in the language of titles, so swap those.</summary>
    private static IResult Recorded(string file, bool english = false)
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", file));
        return Results.Text(english ? json.Replace("\"title\": \"heftruckchauffeur\"", "\"title\": \"forklift operator\"", StringComparison.Ordinal) : json, "application/json");
    }

    public override async ValueTask DisposeAsync()
    {
        await esco.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class EscoWebServiceTests(EscoServiceHost host) : IClassFixture<EscoServiceHost>
{
    private const string Forklift = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    [Fact]
    public async Task An_admin_searches_esco_by_text()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        JsonElement[] hits = (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/admin/vocabulary/esco/search?q=heftruck&type=occupation", UriKind.Relative)))!;
        JsonElement[] none = (await admin.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/admin/vocabulary/esco/search?q=zzz&type=skill", UriKind.Relative)))!;

        hits.ShouldContain(h => h.GetProperty("uri").GetString() == Forklift && h.GetProperty("title").GetString() == "heftruckchauffeur");
        none.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_admin_adds_an_esco_occupation_with_its_skills()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.PostAsJsonAsync(new Uri("/api/admin/vocabulary/esco/occupations", UriKind.Relative), new { uri = Forklift });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await host.ScalarAsync<string>("SELECT label_en FROM reference.occupations WHERE uri = $1", Forklift)).ShouldBe("forklift operator");
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.occupation_skills WHERE occupation_uri = $1", Forklift)).ShouldBeGreaterThan(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM reference.imports WHERE source = 'esco-api'")).ShouldBe(1);
    }

    [Fact]
    public async Task An_occupation_esco_does_not_know_is_a_404_and_changes_nothing()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.PostAsJsonAsync(new Uri("/api/admin/vocabulary/esco/occupations", UriKind.Relative),
            new { uri = "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/admin/vocabulary/esco/search?type=occupation", "q")]
    [InlineData("/api/admin/vocabulary/esco/search?q=lassen&type=vacancy", "type")]
    public async Task Bad_searches_name_the_field(string path, string field)
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_esco_occupation_uris_are_accepted()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);

        using HttpResponseMessage response = await admin.Http.PostAsJsonAsync(new Uri("/api/admin/vocabulary/esco/occupations", UriKind.Relative), new { uri = "https://evil.example/x" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
