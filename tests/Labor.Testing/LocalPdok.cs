using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Labor.Testing;

/// <summary>
/// A local stand-in for PDOK Locatieserver that test hosts geocode against, answering in PDOK's format for a few
/// real postcodes of the region and "no match" for any other: tests stay fast, offline and repeatable. The client's
/// own behaviour against recorded PDOK answers is tested in Labor.Reference.Tests.
/// </summary>
public static class LocalPdok
{
    public static readonly IReadOnlyDictionary<string, (string Municipality, double Latitude, double Longitude)> Postcodes =
        new Dictionary<string, (string, double, double)>
        {
            ["8011PK"] = ("Zwolle", 52.5127, 6.09167),
            ["8261AA"] = ("Kampen", 52.5553, 5.9120),
            ["7941AA"] = ("Meppel", 52.6957, 6.1939),
            ["7772AA"] = ("Hardenberg", 52.5755, 6.6190),
            ["8102AA"] = ("Raalte", 52.3869, 6.2757),
        };

    private static readonly Lazy<Task<Uri>> Started = new(StartAsync);

    public static Task<Uri> AddressAsync() => Started.Value;

    private static async Task<Uri> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        app.MapGet("/bzk/locatieserver/search/v3_1/free", (string q) =>
        {
            string postcode = q.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            object[] docs = Postcodes.TryGetValue(postcode, out var place)
                ? [new Dictionary<string, object>
                  {
                      ["type"] = "postcode",
                      ["postcode"] = postcode,
                      ["gemeentenaam"] = place.Municipality,
                      ["woonplaatsnaam"] = place.Municipality,
                      ["centroide_ll"] = string.Create(CultureInfo.InvariantCulture, $"POINT({place.Longitude} {place.Latitude})"),
                  }]
                : [];
            return Results.Text(JsonSerializer.Serialize(new { response = new { numFound = docs.Length, start = 0, docs } }), "application/json");
        });
        await app.StartAsync();
        return new Uri(app.Urls.First() + "/");
    }
}
