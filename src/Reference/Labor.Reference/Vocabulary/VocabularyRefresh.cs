using Labor.Reference.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Reference.Vocabulary;

/// <summary>Picks up an import another host ran: a cheap look at the newest import id, and a reload when it moved.</summary>
internal sealed partial class VocabularyRefresh(
    IServiceScopeFactory scopes, VocabularyStore store, IOptions<VocabularyOptions> options, TimeProvider time, ILogger<VocabularyRefresh> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
                long newest = await db.Imports.MaxAsync(i => (long?)i.Id, stoppingToken) ?? 0;
                if (newest != store.LoadedImportId)
                {
                    await store.LoadAsync(db, stoppingToken);
                    Reloaded(newest);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The current snapshot keeps serving; the next tick tries again.
                RefreshFailed(exception);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Vocabulary reloaded after import {ImportId}")]
    private partial void Reloaded(long importId);

    [LoggerMessage(LogLevel.Warning, "Could not check for a newer vocabulary")]
    private partial void RefreshFailed(Exception exception);
}

internal sealed class VocabularyOptions
{
    public const string Section = "Reference:Vocabulary";

    /// <summary>How soon an import on one host reaches the others.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest ESCO upload the import endpoint accepts; the full download's CSVs are about 150 MB.</summary>
    public const long DefaultMaxUploadBytes = 300L * 1024 * 1024;
}
