namespace Labor.Host.Composition;

internal static class SelfCheck
{
    /// <returns>0 when /health/live answers 200 on the first configured URL, 1 otherwise.</returns>
    public static async Task<int> LiveAsync(string? urls)
    {
        string first = (urls ?? "http://127.0.0.1:8080").Split(';')[0].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("+", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri(new Uri(first), "/health/live"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
