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

    /// <summary>
    /// The ESCO download imported on the first start of a database: folders, zip archives or CSV files separated by
    /// ';', relative to the host's folder (where the build copies the repository's <c>data/esco</c>). Empty: none.
    /// </summary>
    public string DefaultDownload { get; set; } = "esco/v1.1.1;esco/v1.2.0-nl";

    public IReadOnlyList<string> DefaultDownloadPaths() =>
        [.. DefaultDownload.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(path => Path.GetFullPath(path, AppContext.BaseDirectory))];

    /// <summary>The largest ESCO upload the import endpoint accepts; the full download's CSVs are about 150 MB.</summary>
    public const long DefaultMaxUploadBytes = 300L * 1024 * 1024;
}
