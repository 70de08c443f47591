using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Tests;

/// <summary>
/// A local HTTP server that answers like PDOK Locatieserver with recorded responses: 8011PK is found, 8012AB makes
/// it hang, anything else is unknown. It counts requests so tests can see the retries.
/// </summary>
public sealed class FakePdok : IAsyncLifetime
{
    private WebApplication _app = null!;
    private int _requests;

    public Uri BaseAddress { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>
    /// The requests since <paramref name="before"/>, once there are <paramref name="expected"/> or the timeout passed.
    /// A request is counted when its handler starts, which on a busy machine can come after the client gave up on it.
    /// </summary>
    public async Task<int> RequestsSinceAsync(int before, int expected, TimeSpan timeout)
    {
        using var waited = new CancellationTokenSource(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (Requests - before < expected && !waited.IsCancellationRequested && await tick.WaitForNextTickAsync(CancellationToken.None))
        {
        }

        return Requests - before;
    }

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/bzk/locatieserver/search/v3_1/free", async (HttpContext context, string q, string fq) =>
        {
            Interlocked.Increment(ref _requests);
            if (q == "8012AB")
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }

            string file = q == "8011PK" && fq == "type:postcode" ? "pdok-postcode-8011PK.json" : "pdok-no-match.json";
            return Results.Text(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Recorded", file)), "application/json");
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
