namespace Labor.Reference.Esco;

internal sealed class EscoOptions
{
    public const string Section = "Reference:Esco";

    /// <summary>Unset means the platform works from its own vocabulary only; https://ec.europa.eu/esco/api/ to use ESCO's service.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Pinned so answers match the CSV release the vocabulary was imported from.</summary>
    public string Version { get; set; } = "v1.2.0";

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public int Retries { get; set; } = 2;
}
