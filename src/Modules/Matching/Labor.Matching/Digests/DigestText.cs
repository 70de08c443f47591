using System.Text;

namespace Labor.Matching.Digests;

/// <summary>The digest's plain-text part: the same content as the HTML part, for clients and people who prefer text.</summary>
internal static class DigestText
{
    public static string Of(DigestMail mail)
    {
        DigestWords words = mail.Words;
        var text = new StringBuilder();
        text.Append(words.Greeting).Append("\n\n").Append(words.Intro).Append("\n\n");
        for (int i = 0; i < mail.Fits.Count; i++)
        {
            DigestFit fit = mail.Fits[i];
            text.Append(i + 1).Append(". ").Append(fit.Title).Append('\n');
            text.Append("   ").AppendJoin(" · ", new[] { fit.Employer, fit.Place, fit.Hours, fit.Score }.OfType<string>()).Append('\n');
            foreach (string reason in fit.Reasons)
            {
                text.Append("   - ").Append(reason).Append('\n');
            }

            foreach (string? gap in new[] { fit.Missing, fit.Course })
            {
                if (gap is not null)
                {
                    text.Append("   ").Append(gap).Append('\n');
                }
            }

            text.Append("   ").Append(words.View).Append(": ").Append(fit.Link).Append("\n\n");
        }

        text.Append(words.AllMatches).Append(": ").Append(mail.AllMatches).Append("\n\n");
        text.Append("-- \n").Append(mail.WhyMail).Append('\n');
        text.Append(words.HowOften).Append(": ").Append(mail.Preferences).Append('\n');
        text.Append(words.Unsubscribe).Append(": ").Append(mail.Unsubscribe).Append("\n\n");
        text.Append(words.Signature).Append('\n');
        return text.ToString();
    }
}
