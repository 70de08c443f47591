using System.Net.Http.Json;
using System.Text.Json;
using Labor.Testing;

namespace Labor.IntegrationTests;

public sealed class ReferenceApiTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task The_vocabulary_is_served_to_anyone_and_may_be_cached()
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage tables = await http.GetAsync(new Uri("/api/reference/sector-tables", UriKind.Relative));
        JsonElement[] levels = (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/education-levels", UriKind.Relative)))!;
        JsonElement[] municipalities = (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/reference/municipalities", UriKind.Relative)))!;

        tables.Headers.CacheControl!.Public.ShouldBeTrue();
        (await tables.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(t => t.GetProperty("name").GetString()).ShouldContain("Zorg & Welzijn");
        levels.Select(l => l.GetProperty("code").GetString()).First().ShouldBe("none");
        levels.Select(l => l.GetProperty("rank").GetInt32()).ShouldBeInOrder(SortDirection.Ascending);
        municipalities.Length.ShouldBe(20);
        JsonElement zwolle = municipalities.Single(m => m.GetProperty("name").GetString() == "Zwolle");
        zwolle.GetProperty("centre").GetProperty("latitude").GetDouble().ShouldBe(52.5168, tolerance: 0.01);
    }
}
