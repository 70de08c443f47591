using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Labor.Vacancies.Content;

/// <summary>
/// Vacancy descriptions as safe rich text: paragraphs, headings, lists, emphasis and links survive; scripts, styles,
/// event handlers, forms, images and every other tag or attribute are removed. Plain text becomes paragraphs.
/// </summary>
internal static class Description
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static (string Html, string Text) Clean(string input)
    {
        string html = input.Contains('<', StringComparison.Ordinal) ? input : Paragraphs(input);
        IHtmlDocument document = Sanitizer.SanitizeDom(html);
        IHtmlElement body = document.Body!;
        string cleaned = body.InnerHtml.Trim();
        // The text is for search and the duplicate check: a line or block boundary separates words ("heftruck<br>certificaat").
        foreach (IElement boundary in body.QuerySelectorAll("p, br, li, h2, h3, h4, blockquote"))
        {
            boundary.After(document.CreateTextNode(" "));
        }

        return (cleaned, string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => $"<p>{WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links in a vacancy open outside the platform and tell the target nothing about it.
            if (e.Node is IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
