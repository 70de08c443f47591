namespace Labor.BuildingBlocks.Mail;

/// <summary>One e-mail to one person, with a plain-text part and, when given, an HTML part.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string? Html = null)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
