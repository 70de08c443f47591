namespace Labor.Accounts.Mails;

/// <summary>The words of the account mails in Dutch (default) and English.</summary>
internal sealed record AccountMailText(
    string Language,
    string Greeting,
    string Closing,
    string Button,
    string ConfirmSubject,
    string ConfirmBody,
    string AlreadySubject,
    string AlreadyBody,
    string ResetSubject,
    string ResetBody,
    string InviteSubject,
    string InviteBody)
{
    private static readonly AccountMailText Dutch = new(
        "nl",
        "Hallo,",
        "Heeft u dit niet zelf aangevraagd? Dan kunt u deze mail negeren. — Labor Regio Zwolle",
        "Open de link",
        "Bevestig uw e-mailadres voor Labor",
        "Welkom bij Labor. Bevestig uw e-mailadres met de link hieronder; daarna kunt u inloggen. De link is 24 uur geldig.",
        "U heeft al een account bij Labor",
        "Iemand probeerde een account aan te maken met dit e-mailadres, maar u heeft al een account. U kunt gewoon inloggen. Weet u uw wachtwoord niet meer? Vraag dan een nieuw wachtwoord aan:",
        "Een nieuw wachtwoord voor Labor",
        "U vroeg een nieuw wachtwoord aan. Kies een nieuw wachtwoord met de link hieronder. De link is 24 uur geldig.",
        "U bent uitgenodigd voor Labor",
        "Er is een account voor u aangemaakt op Labor, het platform van de Human Capital Agenda Regio Zwolle. Kies een wachtwoord met de link hieronder om het te activeren.");

    private static readonly AccountMailText English = new(
        "en",
        "Hello,",
        "Did you not ask for this? Then you can ignore this mail. — Labor Regio Zwolle",
        "Open the link",
        "Confirm your e-mail address for Labor",
        "Welcome to Labor. Confirm your e-mail address with the link below; then you can sign in. The link is valid for 24 hours.",
        "You already have a Labor account",
        "Someone tried to create an account with this e-mail address, but you already have one. You can simply sign in. Forgot your password? Ask for a new one:",
        "A new password for Labor",
        "You asked for a new password. Choose one with the link below. The link is valid for 24 hours.",
        "You are invited to Labor",
        "An account has been created for you on Labor, the platform of the Human Capital Agenda Regio Zwolle. Choose a password with the link below to activate it.");

    public static AccountMailText For(string? language) => language == "en" ? English : Dutch;
}
