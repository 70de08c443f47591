using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>Two hosts on one database and one broker, as when the platform is scaled out.</summary>
public sealed class TwoHosts : IAsyncLifetime
{
    public LaborHost First { get; } = new();

    public LaborHost Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = LaborHost.SiblingOf(First);
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}

public sealed class ScaleOutTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [Fact]
    public async Task Two_dispatchers_share_one_outbox_and_publish_every_event_exactly_once()
    {
        const int count = 200;
        var published = new PublishCounter();
        using ConnectHandle first = hosts.First.Services.GetRequiredService<IBus>().ConnectPublishObserver(published);
        using ConnectHandle second = hosts.Second.Services.GetRequiredService<IBus>().ConnectPublishObserver(published);
        // Both hosts take requests at the same time, so their dispatchers compete for the same outbox rows.
        // One employer, signed in at each host: a token issued by one host is honoured by the other (shared key ring).
        TestUser employer = await hosts.First.UserAsync(Roles.Employer);
        ILaborApi atSecond = await LaborClient.SignInAsync(hosts.Second.CreateHttpClient(), employer.Email, employer.Password);
        await Task.WhenAll(PublishManyAsync(employer.Api, count / 2, "A"), PublishManyAsync(atSecond, count / 2, "B"));

        await Eventually.TrueAsync(
            async () => await hosts.First.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies") == count,
            TimeSpan.FromSeconds(60), "every vacancy in matching's read model");
        (await hosts.First.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE sent_at IS NULL")).ShouldBe(0);
        published.Count.ShouldBe(count, "each outbox row is claimed by one dispatcher only");
        published.Hosts.Count.ShouldBe(2, "both hosts took part");
    }

    private static async Task PublishManyAsync(ILaborApi api, int count, string prefix)
    {
        for (int i = 0; i < count; i++)
        {
            (await api.CreateVacancyAsync(SampleVacancies.Forklift($"Vacature {prefix}{i}", "Kampen") with { Workplace = new WorkplaceChoice("onsite", "8261 AA", "Kampen") })).IsSuccessStatusCode.ShouldBeTrue();
        }
    }

    private sealed class PublishCounter : IPublishObserver
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public HashSet<Uri> Hosts { get; } = [];

        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class
        {
            if (context.Message is VacancyPublished)
            {
                Interlocked.Increment(ref _count);
                lock (Hosts)
                {
                    Hosts.Add(context.SourceAddress!);
                }
            }

            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
