using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Outcomes;
using Labor.Reference.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Import;

/// <summary><c>Labor.Host import-esco &lt;path&gt; …</c>: imports an ESCO download from folders, the official zip archives or CSV files.</summary>
internal static class ImportCommand
{
    public static readonly ModuleCommand Esco = new("import-esco", "import-esco <folder, zip archive or CSV file> [more …]", RunAsync);

    private static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args.FirstOrDefault(path => !Directory.Exists(path) && !File.Exists(path)) is { } missing)
        {
            await Console.Error.WriteLineAsync($"Usage: {Esco.Usage}");
            return 2;
        }

        EscoDownload download = EscoDownload.FromPaths(args);
        foreach (EscoFile file in download.Files)
        {
            Console.WriteLine($"Reading {file.Name}");
        }

        await using AsyncServiceScope scope = services.CreateAsyncScope();
        Result<ImportRecord> outcome = await scope.ServiceProvider.GetRequiredService<VocabularyImporter>().ImportEscoAsync(download, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            await Console.Error.WriteLineAsync("Import refused; nothing was changed:");
            foreach (ImportError error in ImportRefusal.ProblemsOf(refusal))
            {
                await Console.Error.WriteLineAsync($"  {error}");
            }

            return 1;
        }

        ImportSummary summary = ImportSummary.Of(outcome.Value!);
        Console.WriteLine($"Imported {summary.Occupations} occupations, {summary.Skills} skills, {summary.Relations} occupation–skill relations.");
        return 0;
    }
}
