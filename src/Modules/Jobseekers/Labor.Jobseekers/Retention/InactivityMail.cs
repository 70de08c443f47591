using System.Globalization;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Web;

namespace Labor.Jobseekers.Retention;

/// <summary>The warning that an unused profile will be erased, in the person's language, with the link that keeps it.</summary>
internal static class InactivityMail
{
    public static OutgoingMail For(AccountContact contact, PublicUrlOptions site, DateTimeOffset erasedAfter)
    {
        Uri link = site.Link("/account/inloggen?returnUrl=%2Fmijn-profiel");
        if (contact.Language == "en")
        {
            string date = erasedAfter.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            return new LinkMail("en", "Hello,",
                    $"You have not used your Labor profile for almost two years. We keep personal data only while it is used, so we will delete your account and profile after {date}. Want to keep them? Just sign in before then.",
                    link, "Sign in and keep my profile", "Nothing to do if you want your data deleted. — Labor Regio Zwolle")
                .To(contact.Email, "Your Labor profile will be deleted");
        }

        string datum = erasedAfter.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        return new LinkMail("nl", "Hallo,",
                $"U heeft uw profiel bij Labor bijna twee jaar niet gebruikt. We bewaren persoonsgegevens alleen zolang ze gebruikt worden, dus we verwijderen uw account en profiel na {datum}. Wilt u ze houden? Log dan voor die datum in.",
                link, "Inloggen en mijn profiel houden", "Wilt u dat uw gegevens verwijderd worden? Dan hoeft u niets te doen. — Labor Regio Zwolle")
            .To(contact.Email, "Uw profiel bij Labor wordt verwijderd");
    }
}
