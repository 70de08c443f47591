using System.Diagnostics;
using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Reference.Import;

/// <summary>
/// Runs imports: read and check everything first, then write all of it in one transaction or nothing, then swap the
/// in-memory vocabulary. One import at a time across all hosts (a PostgreSQL advisory lock held for the whole import):
/// a second one asked for meanwhile is refused; a starting host waits its turn.
/// </summary>
internal sealed partial class VocabularyImporter(
    ReferenceDbContext db,
    VocabularyStore store,
    IReferenceData region,
    IOptions<VocabularyOptions> options,
    TimeProvider time,
    ILogger<VocabularyImporter> logger)
{
    public Task<Result<ImportRecord>> ImportEscoAsync(EscoDownload download, CancellationToken cancellationToken) =>
        OneAtATimeAsync(wait: false, () => ImportAsync(download, cancellationToken), cancellationToken);

    /// <summary>Imports concepts read from elsewhere (the ESCO web service), checked like a file import.</summary>
    public Task<Result<ImportRecord>> ImportBatchAsync(string source, string identity, VocabularyBatch batch, CancellationToken cancellationToken) =>
        OneAtATimeAsync(wait: false, () =>
        {
            var errors = new ImportErrors();
            foreach (OccupationRow occupation in batch.Occupations.Values.Where(o => !Vocab.IsIscoCode(o.IscoCode, minLength: 4)))
            {
                errors.Add(new ImportError(source, null, "iscoGroup", $"{occupation.Uri} has no ISCO-08 unit group ('{occupation.IscoCode}')"));
            }

            return WriteAsync(source, ContentHash.Of(identity), batch, errors, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// At start, before any request: imports the ESCO download shipped with the platform the first time a database
    /// sees it, applies the built-in taxonomy when this release's differs from the last one applied, then loads the
    /// vocabulary. Hosts starting together take turns, and the later ones find the work done.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Result<VocabularySize> outcome = await OneAtATimeAsync<VocabularySize>(wait: true, async () =>
        {
            if (options.Value.DefaultDownloadPaths() is { Count: > 0 } paths)
            {
                EscoDownload download = EscoDownload.FromPaths(paths);
                if (!await AppliedAsync(VocabularyBatch.EscoSource, download.ContentHash(), cancellationToken))
                {
                    DefaultImportStarting(download.Description);
                    if ((await ImportAsync(download, cancellationToken, load: false)).Refusal is { } refused)
                    {
                        return refused;
                    }
                }
            }

            string hash = StarterTaxonomy.ContentHash();
            if (!await AppliedAsync(StarterTaxonomy.Source, hash, cancellationToken))
            {
                var errors = new ImportErrors();
                if ((await WriteAsync(StarterTaxonomy.Source, hash, StarterTaxonomy.Read(region, errors), errors, cancellationToken, load: false)).Refusal is { } refused)
                {
                    return refused;
                }
            }

            await store.LoadAsync(db, cancellationToken);
            return store.Size;
        }, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            throw new InvalidOperationException($"The built-in vocabulary could not be loaded: {string.Join("; ", ImportRefusal.ProblemsOf(refusal))}");
        }
    }

    private async Task<Result<ImportRecord>> ImportAsync(EscoDownload download, CancellationToken cancellationToken, bool load = true)
    {
        var errors = new ImportErrors();
        foreach (ImportError problem in download.Problems)
        {
            errors.Add(problem);
        }

        if (download.Files.Count == 0 && !errors.Any)
        {
            errors.Add(new ImportError("(upload)", null, null,
                "no ESCO file recognised; expected the official zip archives or names such as occupations_nl.csv, skills_en.csv, occupationSkillRelations.csv"));
        }

        if (errors.Any)
        {
            return Refused(VocabularyBatch.EscoSource, errors);
        }

        var reader = new EscoReader(await KnownAsync(cancellationToken), errors);
        VocabularyBatch batch = reader.Read(download.Files, FileRead);
        if (reader.Skipped > 0)
        {
            ErrataSkipped(reader.Skipped);
        }

        return await WriteAsync(VocabularyBatch.EscoSource, download.ContentHash(), batch, errors, cancellationToken, load);
    }

    /// <param name="load">False while starting, which loads the vocabulary once after all its imports.</param>
    private async Task<Result<ImportRecord>> WriteAsync(
        string source, string hash, VocabularyBatch batch, ImportErrors errors, CancellationToken cancellationToken, bool load = true)
    {
        if (errors.Any)
        {
            return Refused(source, errors);
        }

        var record = new ImportRecord
        {
            Source = source,
            ContentHash = hash,
            CompletedAt = time.GetUtcNow(),
            Occupations = batch.Occupations.Count,
            Skills = batch.Skills.Values.Count(s => !s.IsGroup),
            Relations = batch.Relations.Count,
            Courses = batch.Courses.Count,
        };
        long started = Stopwatch.GetTimestamp();
        Writing(source, record.Occupations, record.Skills, record.Relations, batch.SkillRelations.Count);
        await VocabularyWriter.WriteAsync(db, batch, record, cancellationToken);
        if (load)
        {
            await store.LoadAsync(db, cancellationToken);
        }

        Imported(source, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return record;
    }

    private Refusal Refused(string source, ImportErrors errors)
    {
        ImportRefused(source, errors.All.Count);
        return ImportRefusal.Of(RefusedTitle, errors.All);
    }

    private const string RefusedTitle = "The import was refused; nothing was changed.";

    private Task<bool> AppliedAsync(string source, string hash, CancellationToken cancellationToken) =>
        db.Imports.AnyAsync(i => i.Source == source && i.ContentHash == hash, cancellationToken);

    private async Task<Result<T>> OneAtATimeAsync<T>(bool wait, Func<Task<Result<T>>> import, CancellationToken cancellationToken)
        where T : class
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (!await LockAsync(connection, wait, cancellationToken))
            {
                ImportRefused("a second import", 1);
                return ImportRefusal.Of(RefusedTitle, [new ImportError("(import)", null, null,
                    "another vocabulary import is running; nothing was changed. Try again when it has finished.")]);
            }

            try
            {
                return await import();
            }
            finally
            {
                await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
                await unlock.ExecuteScalarAsync(CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string LockKey = "hashtext('labor.reference.import')";

    private static async Task<bool> LockAsync(NpgsqlConnection connection, bool wait, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(wait ? $"SELECT true FROM pg_advisory_lock({LockKey})" : $"SELECT pg_try_advisory_lock({LockKey})", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private async Task<KnownConcepts> KnownAsync(CancellationToken cancellationToken) => new(
        (await db.Occupations.Select(o => o.Uri).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Skills.Select(s => s.Uri).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.IscoGroups.Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    private void FileRead(string file, int rows) => FileRead(logger, file, rows);

    [LoggerMessage(LogLevel.Information, "First start with this ESCO download ({Files}): importing it, which takes a few seconds")]
    private partial void DefaultImportStarting(string files);

    [LoggerMessage(LogLevel.Information, "Vocabulary import: read {File}, {Rows} rows")]
    private static partial void FileRead(ILogger logger, string file, int rows);

    [LoggerMessage(LogLevel.Information, "Vocabulary import: {Rows} rows left out that name a concept the release itself never defines (known ESCO defects, see EscoErrata)")]
    private partial void ErrataSkipped(int rows);

    [LoggerMessage(LogLevel.Information, "Vocabulary import from {Source} checked; writing {Occupations} occupations, {Skills} skills, {Relations} occupation–skill and {SkillRelations} skill–skill relations")]
    private partial void Writing(string source, int occupations, int skills, int relations, int skillRelations);

    [LoggerMessage(LogLevel.Information, "Vocabulary import from {Source} written in {Seconds:F1} s")]
    private partial void Imported(string source, double seconds);

    [LoggerMessage(LogLevel.Warning, "Vocabulary import from {Source} refused: {ErrorCount} problems, nothing changed")]
    private partial void ImportRefused(string source, int errorCount);
}
