using System.Reflection;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Outcomes.Contracts;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>
/// Every consumer of every module takes a redelivered message (the same MessageId again, as the broker does after a
/// lost acknowledgement) as already handled: one inbox row per consumer, no fault. The consumers are found in the
/// modules' assemblies, so a new consumer without a sample message here fails until someone adds one.
/// </summary>
public sealed class RedeliveryTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public void Every_consumed_message_has_a_sample_here() =>
        ConsumersByMessage().Keys.Where(type => !Samples.ContainsKey(type)).Select(type => type.Name).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public async Task A_redelivered_message_is_handled_once_by_every_consumer(string messageType)
    {
        (Type type, object message) = Samples.Single(sample => sample.Key.Name == messageType) is var pair ? (pair.Key, pair.Value) : default;
        int consumers = ConsumersByMessage()[type].Count;
        Guid messageId = NewId.NextGuid();
        IBus bus = host.Services.GetRequiredService<IBus>();
        var observer = new AnyConsumptionObserver(messageId);
        using ConnectHandle handle = bus.ConnectConsumeObserver(observer);

        for (int delivery = 0; delivery < 2; delivery++)
        {
            await bus.Publish(message, type, context => context.MessageId = messageId);
        }

        await Eventually.TrueAsync(() => Task.FromResult(observer.Consumed + observer.Faulted >= 2 * consumers), Delivery,
            $"both deliveries of {messageType} to reach its {consumers} consumer(s)");
        observer.Faulted.ShouldBe(0);
        (await InboxRowsAsync(messageId)).ShouldBe(consumers, "one inbox row per consumer: the second delivery changed nothing");
    }

    [Fact]
    public async Task First_events_about_new_people_handled_at_once_insert_each_row_once_without_a_key_failure()
    {
        Guid[] people = [.. Enumerable.Range(0, 40).Select(_ => Guid.NewGuid())];
        var profile = (JobseekerProfileChanged)Samples[typeof(JobseekerProfileChanged)];
        IBus bus = host.Services.GetRequiredService<IBus>();

        await Task.WhenAll(people.SelectMany(id => new[]
        {
            bus.Publish(new JobseekerRegistered(id, DateTimeOffset.UtcNow)),
            bus.Publish(profile with { JobseekerId = id }),
            bus.Publish(new JobseekerConsentChanged(id, true, DateTimeOffset.UtcNow)),
        }));

        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE jobseeker_id = ANY($1) AND consented AND profile IS NOT NULL", people) == people.Length
                && await host.ScalarAsync<long>("SELECT count(*) FROM sectortables.jobseekers WHERE jobseeker_id = ANY($1) AND profile_changed_at IS NOT NULL AND registered_at > '2000-01-01'", people) == people.Length,
            Delivery, "every new person in matching's pool and the sector tables' figures");
        host.Logs.Lines.ShouldNotContain(line => line.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) || line.Contains("23505", StringComparison.Ordinal));
    }

    public static TheoryData<string> MessageTypes() => [.. Samples.Keys.Select(type => type.Name)];

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(VacancyPublished)] = SampleVacancies.PublishedEvent(Guid.NewGuid(), "Monteur"),
        [typeof(VacancyChanged)] = new VacancyChanged(SampleVacancies.PublishedEvent(Guid.NewGuid(), "Lasser").Vacancy, DateTimeOffset.UtcNow),
        [typeof(VacancyClosed)] = new VacancyClosed(Guid.NewGuid(), ["Bouw"], "filled", DateTimeOffset.UtcNow),
        [typeof(JobseekerRegistered)] = new JobseekerRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow),
        [typeof(JobseekerProfileChanged)] = new JobseekerProfileChanged(Guid.NewGuid(),
            new JobseekerProfile("Kampen", 52.5553, 5.9120, 25, 24, 40, null, "mbo2", [], [], ["Bouw"], true, "unemployed", "weekly", new FairnessTraits(null, null)),
            DateTimeOffset.UtcNow),
        [typeof(JobseekerConsentChanged)] = new JobseekerConsentChanged(Guid.NewGuid(), true, DateTimeOffset.UtcNow),
        [typeof(JobseekerErased)] = new JobseekerErased(Guid.NewGuid(), DateTimeOffset.UtcNow),
        [typeof(MatchesFound)] = new MatchesFound(Guid.NewGuid(), "incremental", 1, 1, 1, [new SectorMatches("Bouw", 1, 0, 0)], DateTimeOffset.UtcNow),
        [typeof(DigestSent)] = new DigestSent(Guid.NewGuid(), "weekly", DateOnly.FromDateTime(DateTime.UtcNow), 1, 2, [new SectorDigests("Bouw", 1, 2)], DateTimeOffset.UtcNow),
        [typeof(CandidateInvited)] = new CandidateInvited(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow),
        [typeof(PlacementRecorded)] = new PlacementRecorded(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateOnly.FromDateTime(DateTime.UtcNow), 32, "uwv-benefit", ["Transport & Logistiek"],
            SampleVacancies.ForkliftOperator, ["Bouw"], true, true, false, "employer", "Kampen", DateTimeOffset.UtcNow),
        [typeof(TrajectoryRecorded)] = new TrajectoryRecorded(
            Guid.NewGuid(), "werkloosheid-naar-werk", DateOnly.FromDateTime(DateTime.UtcNow), "uwv-benefit", "Kampen", false, false, null, null, DateTimeOffset.UtcNow),
    };

    /// <summary>The message types the modules consume, each with the consumer classes that take it.</summary>
    private static Dictionary<Type, List<Type>> ConsumersByMessage() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name is { } name && name.StartsWith("Labor.", StringComparison.Ordinal) && !name.Contains("Tests", StringComparison.Ordinal))
            .SelectMany(LoadableTypes)
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(i => (Message: i.GetGenericArguments()[0], Consumer: type)))
            .GroupBy(pair => pair.Message, pair => pair.Consumer)
            .ToDictionary(group => group.Key, group => group.Distinct().ToList());

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            return partly.Types.OfType<Type>();
        }
    }

    private async Task<long> InboxRowsAsync(Guid messageId)
    {
        long rows = 0;
        foreach (string schema in new[] { "accounts", "jobseekers", "matching", "sectortables", "vacancies", "outcomes" })
        {
            rows += await host.ScalarAsync<long>($"SELECT count(*) FROM {schema}.inbox_messages WHERE message_id = $1", messageId);
        }

        return rows;
    }

    private sealed class AnyConsumptionObserver(Guid messageId) : IConsumeObserver
    {
        private int _consumed;
        private int _faulted;

        public int Consumed => Volatile.Read(ref _consumed);

        public int Faulted => Volatile.Read(ref _faulted);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.MessageId == messageId)
            {
                Interlocked.Increment(ref _consumed);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
        {
            if (context.MessageId == messageId)
            {
                Interlocked.Increment(ref _faulted);
            }

            return Task.CompletedTask;
        }
    }
}
