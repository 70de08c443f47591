using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Import;

/// <summary><c>Labor.Host import-esco &lt;folder&gt;</c>: imports the ESCO CSV files in a folder, the way to load the full download.</summary>
internal static class ImportCommand
{
    public static readonly ModuleCommand Esco = new("import-esco", "import-esco <folder with ESCO CSV files>", RunAsync);

    private static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args is not [string folder] || !Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"Usage: {Esco.Usage}");
            return 2;
        }

        List<EscoFile> files = [.. Directory.EnumerateFiles(folder, "*.csv")
            .Select(path => EscoFile.Recognise(path, () => File.OpenRead(path)))
            .OfType<EscoFile>()];
        foreach (EscoFile file in files)
        {
            Console.WriteLine($"Reading {file.Name}");
        }

        await using AsyncServiceScope scope = services.CreateAsyncScope();
        ImportOutcome outcome = await scope.ServiceProvider.GetRequiredService<VocabularyImporter>().ImportEscoAsync(files, cancellationToken);
        if (!outcome.Succeeded)
        {
            await Console.Error.WriteLineAsync("Import refused; nothing was changed:");
            foreach (ImportError error in outcome.Errors)
            {
                await Console.Error.WriteLineAsync($"  {error}");
            }

            return 1;
        }

        ImportSummary summary = ImportSummary.Of(outcome.Record!);
        Console.WriteLine($"Imported {summary.Occupations} occupations, {summary.Skills} skills, {summary.Relations} occupation–skill relations.");
        return 0;
    }
}
