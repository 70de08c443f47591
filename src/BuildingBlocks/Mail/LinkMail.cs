using System.Net;

namespace Labor.BuildingBlocks.Mail;

/// <summary>A short mail with one clear action, the same words in its plain-text and HTML parts.</summary>
public sealed record LinkMail(string Language, string Greeting, string Body, Uri Link, string Button, string Closing)
{
    public OutgoingMail To(string address, string subject)
    {
        string plain = $"{Greeting}\n\n{Body}\n\n{Link}\n\n{Closing}\n";
        string html = $"""
            <!DOCTYPE html><html lang="{Language}"><body style="font-family:sans-serif;max-width:36rem;line-height:1.5">
            <p>{Esc(Greeting)}</p><p>{Esc(Body)}</p>
            <p><a href="{Esc(Link.ToString())}" style="display:inline-block;padding:.6rem 1rem;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">{Esc(Button)}</a></p>
            <p style="color:#5b6475;font-size:.9rem">{Esc(Closing)}</p></body></html>
            """;
        return new OutgoingMail(address, subject, plain, html);
    }

    private static string Esc(string value) => WebUtility.HtmlEncode(value);
}
