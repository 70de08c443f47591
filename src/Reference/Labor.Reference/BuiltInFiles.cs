using System.Reflection;
using Labor.BuildingBlocks.Csv;

namespace Labor.Reference;

/// <summary>
/// The data files built into this assembly (starter taxonomy, synonyms, word list, sector tables). They ship with
/// the code, so a missing or invalid one is a build mistake that stops the host, not input to report.
/// </summary>
internal static class BuiltInFiles
{
    /// <param name="name">The resource name after "Labor.Reference.", e.g. "Synonyms.synonyms-nl.csv".</param>
    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Labor.Reference.{name}")
        ?? throw new InvalidOperationException($"The built-in file {name} is not embedded.");

    public static void ThrowIfAny(ImportErrors errors, string what)
    {
        if (errors.Any)
        {
            throw new InvalidOperationException($"The built-in {what} are invalid: {string.Join("; ", errors.All)}");
        }
    }
}
