namespace Labor.IntegrationTests.Fuzz;

/// <summary>One generated request: who sends it, what, and the marker its stored text would carry.</summary>
/// <param name="Page">A web page (signed in by cookie) rather than the API (signed in by bearer token).</param>
internal sealed record FuzzRequest(string Operation, int Principal, bool Page, string Method, string Url, string? Body, string? ContentType)
{
    /// <summary>Set once generated: unique to this request, it replaces every <see cref="FuzzText.Mark"/>.</summary>
    public string Marker { get; private init; } = "";

    /// <summary>The <paramref name="number"/>th request's marker: a bijection on 32 bits, so no two requests share one.</summary>
    public FuzzRequest Numbered(uint number)
    {
        string marker = "fz" + unchecked(number * 2_654_435_761u).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        return this with { Marker = marker, Url = Url.Replace(FuzzText.Mark, marker, StringComparison.Ordinal) };
    }

    public string Excerpt(int length = 100)
    {
        string body = Body is null ? "" : FuzzText.Json(Body.Length > length ? Body[..length] : Body);
        return $"{Method} {(Url.Length > length ? Url[..length] + "…" : Url)} {ContentType} {body}{(Body?.Length > length ? $"… ({Body.Length:N0} chars)" : "")}";
    }
}
