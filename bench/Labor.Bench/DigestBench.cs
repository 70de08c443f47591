using System.Diagnostics;
using System.Globalization;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Mail;
using Labor.Matching.Digests;
using Labor.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Labor.Bench;

/// <summary>
/// The daily digest for <c>n</c> readers with ten fits each, rendered and delivered to a real SMTP server on loopback
/// (aiosmtpd, which counts what it accepts): the run as the chunk jobs do it, several at a time as Hangfire's workers
/// take them. Beside it, in the same run: rendering alone, and the plain way of sending (one SMTP connection per mail).
/// </summary>
internal static class DigestBench
{
    private const int Vacancies = 2_000;
    private const int Sample = 1_000;
    private const int Workers = 4;
    private const double TargetMailsPerSecond = 300;

    public static async Task RunAsync(string commandLine, int readers)
    {
        await using ScriptedSmtpServer smtp = await ScriptedSmtpServer.StartAsync();
        var host = new LaborHost();
        host.Settings["Hangfire:Server"] = "false"; // the bench runs the chunk jobs itself, Workers at a time
        host.Settings["Smtp:Host"] = ScriptedSmtpServer.Host;
        host.Settings["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        await host.InitializeAsync();
        try
        {
            TimeSpan seeded = await DigestData.SeedAsync(host, readers, Vacancies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                $ {commandLine}
                {readers:N0} readers (daily digest, 10 unmailed fits each, every 5th in English) over {Vacancies:N0} vacancies, seeded in {seeded.TotalSeconds:N0} s
                SMTP: aiosmtpd on loopback (tools/smtp/scripted_smtp.py), counting what it accepts; load average now {MatchingWorld.LoadAverage()}
                """));

            (double renderRate, List<OutgoingMail> sample) = await RenderSampleAsync(host.Services);
            double plainRate = await SendOneConnectionEachAsync(host.Services, sample);
            int beforeRun = smtp.Accepted.Count;
            (TimeSpan run, int chunks) = await RunDigestAsync(host.Services);
            int delivered = smtp.Accepted.Count - beforeRun;
            long recorded = await host.ScalarAsync<long>("SELECT count(*) FROM matching.sent_digests");
            long fits = await host.ScalarAsync<long>("SELECT count(*) FROM matching.mailed_fits");
            double runRate = delivered / run.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                                                                                              measured          target
                  render only: Razor HtmlRenderer + text part, 1 thread, {Sample:N0} digests     {renderRate,8:N0} mails/s
                  baseline: those {Sample:N0} mails, one SMTP connection each (IMailSender)      {plainRate,8:N0} mails/s
                  digest run: {chunks} chunk jobs, {Workers} at a time (load, render, record, deliver)  {runRate,8:N0} mails/s    >= {TargetMailsPerSecond}   {(runRate >= TargetMailsPerSecond ? "met" : "NOT MET")}
                    {delivered:N0} mails delivered in {run.TotalSeconds:N1} s; {recorded:N0} digests and {fits:N0} fits recorded; {runRate / plainRate:N1}x the baseline's rate
                """));
            Assert.Equal(readers, delivered);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private static async Task<(double Rate, List<OutgoingMail> Mails)> RenderSampleAsync(IServiceProvider services)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        var fits = scope.ServiceProvider.GetRequiredService<DigestFits>();
        var contacts = scope.ServiceProvider.GetRequiredService<IAccountContacts>();
        var composer = scope.ServiceProvider.GetRequiredService<DigestComposer>();
        Guid[] ids = [.. (await contacts.FindManyAsync(await SampleIdsAsync(scope.ServiceProvider), CancellationToken.None)).Keys];
        Dictionary<Guid, IReadOnlyList<UnmailedFit>> unmailed = await fits.ForAsync(ids, 10, CancellationToken.None);
        IReadOnlyDictionary<Guid, AccountContact> addresses = await contacts.FindManyAsync(ids, CancellationToken.None);
        long start = Stopwatch.GetTimestamp();
        List<OutgoingMail> mails = [];
        foreach ((Guid id, IReadOnlyList<UnmailedFit> list) in unmailed)
        {
            mails.Add(await composer.ComposeAsync(Guid.NewGuid(), DigestPlanner.Daily, addresses[id], list));
        }

        return (mails.Count / Stopwatch.GetElapsedTime(start).TotalSeconds, mails);
    }

    private static async Task<Guid[]> SampleIdsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<Labor.Matching.Data.MatchingDbContext>();
        return [.. db.Pool.OrderBy(p => p.JobseekerId).Select(p => p.JobseekerId).Take(Sample)];
    }

    private static async Task<double> SendOneConnectionEachAsync(IServiceProvider services, List<OutgoingMail> mails)
    {
        var sender = services.GetRequiredService<IMailSender>();
        long start = Stopwatch.GetTimestamp();
        foreach (OutgoingMail mail in mails)
        {
            await sender.SendAsync(mail, CancellationToken.None);
        }

        return mails.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<(TimeSpan Elapsed, int Chunks)> RunDigestAsync(IServiceProvider services)
    {
        long start = Stopwatch.GetTimestamp();
        DigestRun run;
        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            run = await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanAsync(DigestPlanner.Daily, CancellationToken.None);
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, run.Chunks), new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (number, cancellationToken) =>
        {
            await using AsyncServiceScope scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DigestMailing>().SendChunkAsync(run.Id, number, cancellationToken);
        });
        return (Stopwatch.GetElapsedTime(start), run.Chunks);
    }
}
