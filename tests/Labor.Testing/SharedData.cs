namespace Labor.Testing;

/// <summary>Where the team's shared reference data (the official ESCO files) lives: beside the repository, or where LABOR_ESCO_FOLDER says.</summary>
public static class SharedData
{
    public static string EscoFolder =>
        Environment.GetEnvironmentVariable("LABOR_ESCO_FOLDER") is { Length: > 0 } folder
            ? folder
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "esco"));

    public static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Labor.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Labor.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
