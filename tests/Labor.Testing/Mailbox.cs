using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Labor.Testing;

/// <summary>A delivered e-mail as the real SMTP server received it.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, string Html, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The path and query of the first link in the text part that starts with <paramref name="path"/>.</summary>
    public string LinkTo(string path)
    {
        Match match = Regex.Match(Text, @"https?://[^/\s]+(" + Regex.Escape(path) + @"[^\s]*)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No link to {path} in: {Text}");
    }
}

/// <summary>Reads what the test SMTP server received: maildev's REST API, or mailpit's when Testcontainers runs it.</summary>
public sealed class Mailbox(Uri inbox, bool mailpit)
{
    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string address)
    {
        using var http = new HttpClient { BaseAddress = inbox };
        return mailpit ? await MailpitAsync(http, address) : await MaildevAsync(http, address);
    }

    /// <summary>Waits until <paramref name="count"/> mails to <paramref name="address"/> have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count = 1) =>
        await Eventually.ReturnsAsync(() => ToAsync(address), mails => mails.Count >= count, TimeSpan.FromSeconds(20), $"{count} mail(s) to {address}");

    private static async Task<IReadOnlyList<ReceivedMail>> MaildevAsync(HttpClient http, string address)
    {
        // maildev 3 serves its REST API under /api.
        JsonElement all = await http.GetFromJsonAsync<JsonElement>("api/email");
        var mails = new List<ReceivedMail>();
        foreach (JsonElement m in all.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase))))
        {
            // maildev's parsed headers leave out the List-* ones: read them from the message as it arrived.
            string source = await http.GetStringAsync($"api/email/{m.GetProperty("id").GetString()}/source");
            mails.Add(new ReceivedMail(
                address,
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out JsonElement text) ? text.GetString() ?? "" : "",
                m.TryGetProperty("html", out JsonElement html) ? html.GetString() ?? "" : "",
                HeadersOf(source)));
        }

        return mails;
    }

    /// <summary>The header block of a raw message, unfolded (RFC 5322 section 2.2.3).</summary>
    private static Dictionary<string, string> HeadersOf(string source)
    {
        string block = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0];
        string unfolded = Regex.Replace(block, @"\n(?=[ \t])", "");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in unfolded.Split('\n'))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return headers;
    }

    private static async Task<IReadOnlyList<ReceivedMail>> MailpitAsync(HttpClient http, string address)
    {
        JsonElement search = await http.GetFromJsonAsync<JsonElement>($"api/v1/search?query={Uri.EscapeDataString("to:" + address)}");
        var mails = new List<ReceivedMail>();
        foreach (JsonElement summary in search.GetProperty("messages").EnumerateArray())
        {
            string id = summary.GetProperty("ID").GetString()!;
            JsonElement message = await http.GetFromJsonAsync<JsonElement>($"api/v1/message/{id}");
            JsonElement headers = await http.GetFromJsonAsync<JsonElement>($"api/v1/message/{id}/headers");
            mails.Add(new ReceivedMail(
                address,
                message.GetProperty("Subject").GetString() ?? "",
                message.GetProperty("Text").GetString() ?? "",
                message.GetProperty("HTML").GetString() ?? "",
                headers.EnumerateObject().ToDictionary(h => h.Name, h => string.Join(", ", h.Value.EnumerateArray().Select(v => v.GetString())), StringComparer.OrdinalIgnoreCase)));
        }

        return mails;
    }
}
