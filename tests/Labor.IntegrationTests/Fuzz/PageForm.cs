using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>A form on a page, as a signed-in <see cref="Principal"/> saw it, with its antiforgery token.</summary>
internal sealed record PageForm(int Principal, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, string Token)
{
    /// <summary>Forms that would end the fuzzing users' sessions or seats: the sign-out, erasing one's account, unseating.</summary>
    private static readonly string[] Spared = ["uitloggen", "handler=delete", "handler=Unseat"];

    public static IEnumerable<PageForm> On(string page, string html, int principal)
    {
        foreach (IElement form in new HtmlParser().ParseDocument(html).QuerySelectorAll("main form"))
        {
            string action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)
                || form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is not { } token
                || Spared.Any(s => action.Contains(s, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            KeyValuePair<string, string>[] fields = [.. form.QuerySelectorAll("input[name], select[name], textarea[name]")
                .Where(field => field.GetAttribute("name") != "__RequestVerificationToken")
                .Select(field => KeyValuePair.Create(field.GetAttribute("name")!, field.LocalName switch
                {
                    "select" => field.QuerySelector("option")?.GetAttribute("value") ?? "",
                    "textarea" => field.TextContent,
                    _ => field.GetAttribute("value") ?? "",
                }))];
            yield return new PageForm(principal, action, fields, token);
        }
    }
}
