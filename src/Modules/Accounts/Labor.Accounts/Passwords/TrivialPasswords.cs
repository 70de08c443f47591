namespace Labor.Accounts.Passwords;

/// <summary>
/// Passwords that are long enough but guessed first: one character or a short group repeated ("aaaaaaaaaa",
/// "ababababab") and runs up or down the alphabet or the digits ("abcdefghij", "1234567890", "0987654321").
/// </summary>
internal static class TrivialPasswords
{
    // Groups of up to three ("123123123123", "abcabcabca") are as guessable as one character repeated.
    private const int LongestRepeatedGroup = 3;

    public static bool IsTrivial(string password)
    {
        string text = password.Trim().ToLowerInvariant();
        return text.Length > 1 && (IsRepeated(text) || IsRun(text, upwards: true) || IsRun(text, upwards: false));
    }

    private static bool IsRepeated(string text) =>
        Enumerable.Range(1, Math.Min(LongestRepeatedGroup, text.Length - 1))
            .Any(group => Enumerable.Range(group, text.Length - group).All(i => text[i] == text[i - group]));

    private static bool IsRun(string text, bool upwards) =>
        Enumerable.Range(1, text.Length - 1).All(i => upwards ? Follows(text[i - 1], text[i]) : Follows(text[i], text[i - 1]));

    // 0 follows 9, as on the keyboard's number row ("1234567890"); letters stop at z.
    private static bool Follows(char previous, char next) => char.IsAsciiDigit(previous)
        ? char.IsAsciiDigit(next) && next - '0' == (previous - '0' + 1) % 10
        : char.IsAsciiLetterLower(previous) && next == previous + 1;
}
