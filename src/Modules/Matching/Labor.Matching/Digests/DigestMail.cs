namespace Labor.Matching.Digests;

/// <summary>
/// One digest as both its parts show it: every word already in the receiver's language. Public only because the Razor
/// component that renders it is (Razor generates public classes).
/// </summary>
/// <param name="WhyMail">Why the person gets this mail: the frequency they chose.</param>
public sealed record DigestMail(
    string Language,
    string Subject,
    DigestWords Words,
    string WhyMail,
    IReadOnlyList<DigestFit> Fits,
    Uri AllMatches,
    Uri Preferences,
    Uri Unsubscribe);

/// <param name="Place">Where and how far: "Zwolle, 12 km from home" or "Remote".</param>
/// <param name="Reasons">The top reasons it fits.</param>
/// <param name="Missing">The essential skills still to learn, if any.</param>
/// <param name="Course">The course from the catalogue that closes most of the gap, if any.</param>
public sealed record DigestFit(
    string Title,
    string? Employer,
    string Place,
    string Hours,
    string Score,
    IReadOnlyList<string> Reasons,
    string? Missing,
    string? Course,
    Uri Link);

public sealed record DigestWords(
    string Greeting, string Intro, string Why, string View, string AllMatches, string HowOften, string Unsubscribe, string Signature);
