using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Xunit;

namespace Labor.IntegrationTests;

/// <summary>
/// Digests against an SMTP server that behaves like the world: a run killed midway and started again mails everyone
/// once; a deferred recipient is retried; a refused one is recorded and not tried again.
/// </summary>
public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private const string Weekly = "matching-digests-weekly";
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(60);
    private ScriptedSmtpServer _smtp = null!;

    public async Task InitializeAsync() => _smtp = await ScriptedSmtpServer.StartAsync();

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task A_run_killed_midway_and_started_again_mails_every_due_digest_exactly_once()
    {
        const int people = 16;
        LaborHost first = Host(chunkSize: 4);
        await first.InitializeAsync();
        LaborHost? second = null;
        try
        {
            // Each mail takes the server 0.2 s (slow.example), so the run is still going when the host stops.
            List<TestUser> jobseekers = await DigestReaders.CreateAsync(first, people, ScriptedSmtpServer.Slow);

            await first.RunRecurringJobAsync(Weekly);
            await Eventually.TrueAsync(() => Task.FromResult(_smtp.Accepted.Count >= 6), Seconds, "the run well under way");
            await first.DisposeAsync(); // the host stops: Hangfire cancels the running chunk, the others wait in the queue
            int beforeKill = _smtp.Accepted.Count;
            beforeKill.ShouldBeLessThan(people, "killed midway");

            second = LaborHost.SiblingOf(first);
            second.Settings["Smtp:Host"] = ScriptedSmtpServer.Host;
            second.Settings["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            second.Settings["Digests:ChunkSize"] = "4";
            await second.InitializeAsync();
            await second.RunRecurringJobAsync(Weekly); // started again: the same run, what is left of it
            await Eventually.TrueAsync(async () => await second.ScalarAsync<long>("SELECT count(*) FROM matching.digest_runs WHERE finished_at IS NOT NULL") == 1,
                Seconds, "the run to finish on the second host");

            foreach (TestUser jobseeker in jobseekers)
            {
                _smtp.AcceptedFor(jobseeker.Email).ShouldBe(1, $"one digest for {jobseeker.Email}");
            }

            (await second.ScalarAsync<long>("SELECT count(*) FROM matching.sent_digests")).ShouldBe(people);
            (await second.ScalarAsync<long>("SELECT count(*) FROM matching.outbox_messages WHERE type LIKE '%DigestSent%'")).ShouldBe(1);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_deferred_recipient_is_retried_and_a_refused_one_is_recorded_and_not_mailed_again()
    {
        LaborHost host = Host(chunkSize: 100);
        host.Settings["Smtp:RetryDelay"] = "00:00:00.200";
        await host.InitializeAsync();
        try
        {
            TestUser employer = await host.UserAsync(Roles.Employer);
            await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker avond") with { HoursMin = 24, HoursMax = 32 });
            TestUser refused = await host.UserAsync(Roles.Jobseeker, mailDomain: ScriptedSmtpServer.Rejects);
            TestUser deferred = await host.UserAsync(Roles.Jobseeker, mailDomain: ScriptedSmtpServer.Greylists);
            TestUser fine = await host.UserAsync(Roles.Jobseeker);
            TestUser erased = await host.UserAsync(Roles.Jobseeker);
            foreach (TestUser jobseeker in new[] { refused, deferred, fine, erased })
            {
                await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Iemand"));
            }

            await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(DISTINCT jobseeker_id) FROM matching.jobseeker_matches") == 4,
                Seconds, "everyone matched");
            await erased.Api.EraseMeAsync();
            await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers") == 3, Seconds, "the erasure in matching");

            await host.RunRecurringJobAsync(Weekly);
            await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.digest_runs WHERE finished_at IS NOT NULL") == 1,
                Seconds, "the run to finish");

            _smtp.AcceptedFor(fine.Email).ShouldBe(1);
            _smtp.RefusedFor(deferred.Email).ShouldBe(1, "deferred once (451)");
            _smtp.AcceptedFor(deferred.Email).ShouldBe(1, "then retried and accepted");
            _smtp.AcceptedFor(refused.Email).ShouldBe(0);
            _smtp.RefusedFor(refused.Email).ShouldBe(1);
            _smtp.AcceptedFor(erased.Email).ShouldBe(0, "no mail to erased people");
            (await host.ScalarAsync<string>("SELECT reply FROM matching.mail_rejections")).ShouldStartWith("550");
            (await host.ScalarAsync<long>("SELECT count(*) FROM matching.sent_digests")).ShouldBe(2, "the refused digest is not recorded as sent");

            await host.NextDayAsync(employer);
            await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker nacht") with { HoursMin = 24, HoursMax = 32 });
            await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseeker_matches") == 6, Seconds, "the new fits");
            host.Clock.Advance(TimeSpan.FromDays(7));
            await host.RunRecurringJobAsync(Weekly);
            await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.digest_runs WHERE finished_at IS NOT NULL") == 2,
                Seconds, "next week's run to finish");

            _smtp.AcceptedFor(fine.Email).ShouldBe(2);
            _smtp.RefusedFor(refused.Email).ShouldBe(1, "a refused address is not tried again");
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private LaborHost Host(int chunkSize)
    {
        var host = new LaborHost();
        host.Settings["Smtp:Host"] = ScriptedSmtpServer.Host;
        host.Settings["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        host.Settings["Digests:ChunkSize"] = chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host;
    }
}
