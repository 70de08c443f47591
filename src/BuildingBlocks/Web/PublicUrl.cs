namespace Labor.BuildingBlocks.Web;

/// <summary>
/// Where people reach the site, for links in e-mails (which are written outside any request, or behind a proxy
/// whose address the request does not know).
/// </summary>
public sealed class PublicUrlOptions
{
    public const string Section = "Labor";

    public Uri PublicUrl { get; set; } = new("http://127.0.0.1:5000/");

    public Uri Link(string pathAndQuery) => new(PublicUrl, pathAndQuery);
}
