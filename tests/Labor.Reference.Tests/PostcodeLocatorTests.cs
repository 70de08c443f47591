using System.Net;
using System.Net.Sockets;
using Labor.Reference.Contracts;
using Labor.Reference.Places;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Tests;

public sealed class PostcodeLocatorTests(FakePdok pdok) : IClassFixture<FakePdok>
{
    [Theory]
    [InlineData("8011PK", "8011 PK")]
    [InlineData(" 8011 pk ", "8011 PK")]
    [InlineData("7701ab", "7701 AB")]
    [InlineData("1000 AA", "1000 AA")]    // the lowest there is
    [InlineData("9999 zz", "9999 ZZ")]
    [InlineData("8011 SB", "8011 SB")]    // only SA, SD and SS are never issued
    [InlineData("\t8011PK\r\n", "8011 PK")] // pasted from a spreadsheet cell
    public void Dutch_postcodes_are_normalised(string given, string normal)
    {
        Postcode.TryNormalise(given, out string postcode).ShouldBeTrue();
        postcode.ShouldBe(normal);
    }

    [Theory]
    [InlineData("0123AB")]
    [InlineData("8011")]
    [InlineData("8011 P")]
    [InlineData("8011 SS")]
    [InlineData("8011 sa")]   // never issued, whatever the case
    [InlineData("8011sd")]
    [InlineData("0999 AB")]   // no postcode starts with 0
    [InlineData("8011  PK")]  // at most one space between the parts
    [InlineData("8011-PK")]
    [InlineData("8011 ÄB")]   // letters A to Z only
    [InlineData("٨٠١١ PK")]   // digits 0 to 9 only, not other scripts' digits
    [InlineData("80111 PK")]
    [InlineData("8011PK Zwolle")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_not_a_postcode(string? given) => Postcode.TryNormalise(given, out _).ShouldBeFalse();

    [Fact]
    public async Task A_known_postcode_is_geocoded_from_the_recorded_pdok_answer()
    {
        PostcodeLookup lookup = await Locator(pdok.BaseAddress).LocateAsync("8011 pk", municipality: null, CancellationToken.None);

        lookup.Status.ShouldBe(PostcodeStatus.Found);
        lookup.Location!.Postcode.ShouldBe("8011 PK");
        lookup.Location.Municipality.ShouldBe("Zwolle");
        lookup.Location.Geocoded.ShouldBeTrue();
        lookup.Location.Point.Latitude.ShouldBe(52.5127, tolerance: 1e-6);
        lookup.Location.Point.Longitude.ShouldBe(6.09167, tolerance: 1e-6);
    }

    [Fact]
    public async Task A_postcode_pdok_does_not_know_is_unknown()
    {
        PostcodeLookup lookup = await Locator(pdok.BaseAddress).LocateAsync("9999 ZZ", "Zwolle", CancellationToken.None);

        lookup.ShouldBe(new PostcodeLookup(PostcodeStatus.Unknown, null));
    }

    [Fact]
    public async Task Offline_it_falls_back_to_the_municipality_centre()
    {
        PostcodeLookup lookup = await Locator(ClosedPort()).LocateAsync("8261 AB", "kampen", CancellationToken.None);

        lookup.Status.ShouldBe(PostcodeStatus.Unavailable);
        lookup.Location!.Municipality.ShouldBe("Kampen");
        lookup.Location.Geocoded.ShouldBeFalse();
        lookup.Location.Point.ShouldBe(new StaticReferenceData().FindMunicipality("Kampen")!.Centre);
    }

    [Fact]
    public async Task Offline_without_a_municipality_nothing_is_known()
    {
        PostcodeLookup lookup = await Locator(ClosedPort()).LocateAsync("8261 AB", null, CancellationToken.None);

        lookup.ShouldBe(new PostcodeLookup(PostcodeStatus.Unavailable, null));
    }

    [Fact]
    public async Task A_hanging_geocoder_is_given_up_on_after_its_retries_and_the_centre_is_used()
    {
        int before = pdok.Requests;

        PostcodeLookup lookup = await Locator(pdok.BaseAddress).LocateAsync("8012 AB", "Zwolle", CancellationToken.None);

        lookup.Status.ShouldBe(PostcodeStatus.Unavailable);
        lookup.Location!.Municipality.ShouldBe("Zwolle");
        (await pdok.RequestsSinceAsync(before, expected: 2, TimeSpan.FromSeconds(10))).ShouldBe(2, "one attempt and one retry");
    }

    [Fact]
    public async Task Text_that_is_no_postcode_is_refused_before_any_call()
    {
        int before = pdok.Requests;

        await Should.ThrowAsync<ArgumentException>(() => Locator(pdok.BaseAddress).LocateAsync("Grote Kerkplein 1", "Zwolle", CancellationToken.None));

        pdok.Requests.ShouldBe(before);
    }

    private static IPostcodeLocator Locator(Uri pdokAddress)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reference:Pdok:BaseUrl"] = pdokAddress.ToString(),
            ["Reference:Pdok:AttemptTimeout"] = "00:00:00.300",
            ["Reference:Pdok:TotalTimeout"] = "00:00:03",
            ["Reference:Pdok:Retries"] = "1",
        }).Build();
        ServiceProvider services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IReferenceData, StaticReferenceData>()
            .AddPlaces(configuration)
            .BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<IPostcodeLocator>();
    }

    /// <summary>An address where nothing listens: a port we bound and released.</summary>
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
