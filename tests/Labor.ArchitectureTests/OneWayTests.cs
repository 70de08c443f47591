using System.Text.RegularExpressions;

namespace Labor.ArchitectureTests;

/// <summary>Issue 19: each recurring thing has one shape. These read the sources, so a second way fails the build's tests.</summary>
public sealed class OneWayTests
{
    /// <summary>Statuses that are not a module's refusal: authentication (401), size limits (413), other services (502, 503).</summary>
    private static readonly string[] TransportStatuses = ["Status401Unauthorized", "Status413PayloadTooLarge", "Status502BadGateway", "Status503ServiceUnavailable"];

    [Fact]
    public void Refusals_become_problem_details_only_through_RefusalHttp()
    {
        string src = Path.Combine(RepositoryRoot(), "src");
        string[] elsewhere = [.. Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.EndsWith($"Outcomes{Path.DirectorySeparatorChar}RefusalHttp.cs", StringComparison.Ordinal))
            .SelectMany(file => ProblemWriter.Matches(File.ReadAllText(file))
                .Where(match => !TransportStatuses.Contains(match.Groups["status"].Value))
                .Select(match => $"{Path.GetRelativePath(src, file)}: {match.Value}"))];

        elsewhere.ShouldBeEmpty("a refusal is a Refusal, answered with ToProblem() (BuildingBlocks/Outcomes)");
    }

    /// <summary>Problem details written by hand: a (validation) problem result, or the invalid-fields title spelled out again.</summary>
    private static readonly Regex ProblemWriter = new(
        """\b(Typed)?Results\.(ValidationProblem\(|Problem\(\s*(statusCode:\s*StatusCodes\.(?<status>\w+))?)|"One or more fields are invalid\."(?!;)""",
        RegexOptions.Compiled);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Labor.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Labor.sln not found above " + AppContext.BaseDirectory);
    }
}
