namespace Labor.BuildingBlocks.Privacy;

/// <summary>
/// A module's part of "download my data": everything it holds about one person. Each module that keeps personal data
/// registers one; the download assembles them all without reading any module's tables itself.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The module's name, the key of its part in the download.</summary>
    string ModuleName { get; }

    /// <returns>A JSON-serialisable object, or null when the module holds nothing about the person.</returns>
    Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken);
}
