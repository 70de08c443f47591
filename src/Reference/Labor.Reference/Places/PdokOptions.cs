namespace Labor.Reference.Places;

internal sealed class PdokOptions
{
    public const string Section = "Reference:Pdok";

    public Uri BaseUrl { get; set; } = new("https://api.pdok.nl/");

    /// <summary>One attempt; a slow geocoder must not hold up a registration.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>All attempts together, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public int Retries { get; set; } = 2;
}
