using Labor.Testing;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>A host whose account endpoints answer at once: their 600 ms answer floor would make thousands of requests crawl.</summary>
public sealed class FuzzHost : LaborHost
{
    public FuzzHost() => Settings["Accounts:Protection:AnswerFloor"] = "00:00:00";
}
