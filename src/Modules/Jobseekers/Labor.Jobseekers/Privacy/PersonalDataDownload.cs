using System.Text.Json;
using Labor.BuildingBlocks.Privacy;

namespace Labor.Jobseekers.Privacy;

/// <summary>
/// "Download my data": every module's part, each from the module itself through <see cref="IPersonalDataSource"/>,
/// so a module added later joins the download by registering its source.
/// </summary>
internal sealed class PersonalDataDownload(IEnumerable<IPersonalDataSource> sources, TimeProvider time)
{
    public const string FileName = "labor-my-data.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Serialize(PersonalDataExport export) => JsonSerializer.SerializeToUtf8Bytes(export, Json);

    public async Task<PersonalDataExport> AssembleAsync(Guid personId, CancellationToken cancellationToken)
    {
        var parts = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (IPersonalDataSource source in sources)
        {
            parts[source.ModuleName] = await source.ExportAsync(personId, cancellationToken);
        }

        return new PersonalDataExport(personId, time.GetUtcNow(), parts);
    }
}

/// <param name="Modules">Each module's part by its name; null where a module holds nothing about the person.</param>
internal sealed record PersonalDataExport(Guid PersonId, DateTimeOffset AssembledAt, IReadOnlyDictionary<string, object?> Modules);
