using System.Globalization;
using System.Resources;
using Labor.Matching.Resources;

namespace Labor.Matching.Digests;

/// <summary>
/// A digest's words in one language, read once from the module's resources with an explicit culture (a mailing
/// speaks many languages in one thread, so the thread's culture is never changed).
/// </summary>
internal sealed record DigestWording(CultureInfo Culture, Func<string, string> Text)
{
    private static readonly ResourceManager Resources = new(typeof(Texts));

    public static readonly DigestWording Dutch = For(CultureInfo.GetCultureInfo("nl-NL"));
    public static readonly DigestWording English = For(CultureInfo.GetCultureInfo("en-GB"));

    public static DigestWording Of(string language) => language == "en" ? English : Dutch;

    /// <summary>The words around the fits, the same in every digest of this language.</summary>
    public DigestWords Words { get; } = new(
        Text("DigestGreeting"), Text("DigestIntro"), Text("DigestWhy"), Text("DigestView"), Text("DigestAllMatches"),
        Text("DigestHowOften"), Text("DigestUnsubscribe"), Text("DigestSignature"));

    public string Format(string key, params object[] values) => string.Format(Culture, Text(key), values);

    private static DigestWording For(CultureInfo culture) =>
        new(culture, key => Resources.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key}"));
}
