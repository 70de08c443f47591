using System.Buffers;

namespace Labor.BuildingBlocks.Web;

/// <summary>
/// What text from outside may hold. PostgreSQL cannot store NUL at all (22021) and the other C0 control characters
/// break CSV downloads, mails and screens, so they are refused where input enters, as are lone UTF-16 surrogates,
/// which no encoder can write. Tab, line feed and carriage return are ordinary text.
/// </summary>
public static class PlainText
{
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r'))]);

    public const string Rule = "text must not contain control characters (such as NUL) other than tab and line breaks, nor unpaired surrogates";

    public static bool IsAcceptable(ReadOnlySpan<char> text) => !text.ContainsAny(Refused) && !HasLoneSurrogate(text);

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        int index = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0)
        {
            if (!char.IsHighSurrogate(text[index]) || index + 1 == text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return true;
            }

            int next = text[(index + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            index = next < 0 ? -1 : index + 2 + next;
        }

        return false;
    }
}
