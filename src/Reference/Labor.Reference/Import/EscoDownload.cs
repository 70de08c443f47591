using System.IO.Compression;
using Labor.BuildingBlocks.Csv;
using Microsoft.AspNetCore.Http;

namespace Labor.Reference.Import;

/// <summary>
/// What an import is given: the CSV files of an ESCO download, loose (a folder, an upload) or inside the zip archives
/// the Commission publishes. An archive that cannot be opened is a problem of the import, named by its file.
/// </summary>
internal sealed class EscoDownload
{
    /// <summary>The largest member the official archives hold is 21 MB; this bounds what a hostile archive can make us unpack.</summary>
    public const long MaxMemberBytes = 256L * 1024 * 1024;

    private readonly List<EscoFile> files = [];
    private readonly List<(string Name, Func<Stream> Open)> given = [];
    private readonly List<ImportError> problems = [];
    private string? contentHash;

    private EscoDownload()
    {
    }

    public IReadOnlyList<EscoFile> Files => files;

    /// <summary>Archives that could not be opened; the import refuses when there are any.</summary>
    public IReadOnlyList<ImportError> Problems => problems;

    /// <summary>The names of the files and archives given, for the log.</summary>
    public string Description => string.Join(", ", given.Select(g => g.Name).Order(StringComparer.Ordinal));

    /// <summary>
    /// Over the bytes as given (an archive as a whole), so the same download always has the same hash; read once, since
    /// a start both checks it and, the first time, records it.
    /// </summary>
    public string ContentHash() => contentHash ??= Import.ContentHash.Of(given.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => g.Open));

    /// <summary>Files and folders on disk; a folder contributes its CSV files and zip archives.</summary>
    public static EscoDownload FromPaths(IEnumerable<string> paths)
    {
        var download = new EscoDownload();
        foreach (string path in paths)
        {
            IEnumerable<string> members = Directory.Exists(path)
                ? Directory.EnumerateFiles(path).Where(file => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || IsArchive(file))
                : [path];
            foreach (string file in members)
            {
                download.Add(Path.GetFileName(file), () => File.OpenRead(file));
            }
        }

        return download;
    }

    /// <summary>The files of an upload (the admin page's form and the import API take the same).</summary>
    public static EscoDownload FromUpload(IFormFileCollection upload)
    {
        var download = new EscoDownload();
        foreach (IFormFile file in upload)
        {
            download.Add(Path.GetFileName(file.FileName), file.OpenReadStream);
        }

        return download;
    }

    private void Add(string name, Func<Stream> open)
    {
        if (IsArchive(name))
        {
            given.Add((name, open));
            AddArchive(name, open);
        }
        else if (EscoFile.Recognise(name, open) is { } file)
        {
            given.Add((name, open));
            files.Add(file);
        }
    }

    private void AddArchive(string name, Func<Stream> open)
    {
        try
        {
            using Stream content = open();
            using var archive = new ZipArchive(content, ZipArchiveMode.Read);
            foreach (ZipArchiveEntry entry in archive.Entries.Where(e => e.Name.Length > 0))
            {
                string member = entry.FullName;
                if (EscoFile.Recognise(entry.Name, () => Unpack(open, member)) is { } file)
                {
                    files.Add(file with { Name = $"{name}/{entry.Name}" });
                }
            }
        }
        catch (InvalidDataException exception)
        {
            problems.Add(new ImportError(name, null, null, $"not a readable zip archive ({exception.Message})"));
        }
    }

    /// <summary>A member, unpacked into memory: CSV reading wants a stream the archive does not keep open for it.</summary>
    private static MemoryStream Unpack(Func<Stream> open, string member)
    {
        using Stream content = open();
        using var archive = new ZipArchive(content, ZipArchiveMode.Read);
        ZipArchiveEntry entry = archive.GetEntry(member) ?? throw new InvalidDataException($"the archive no longer holds {member}");
        if (entry.Length > MaxMemberBytes)
        {
            throw new InvalidDataException($"{member} unpacks to {entry.Length:N0} bytes; at most {MaxMemberBytes:N0} are accepted");
        }

        // The declared size may lie, so the copy stops at the limit too.
        var unpacked = new MemoryStream((int)entry.Length);
        using (Stream packed = entry.Open())
        {
            byte[] buffer = new byte[81920];
            for (int read; (read = packed.Read(buffer)) > 0;)
            {
                if (unpacked.Length + read > MaxMemberBytes)
                {
                    throw new InvalidDataException($"{member} unpacks to more than {MaxMemberBytes:N0} bytes");
                }

                unpacked.Write(buffer, 0, read);
            }
        }

        unpacked.Position = 0;
        return unpacked;
    }

    private static bool IsArchive(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
