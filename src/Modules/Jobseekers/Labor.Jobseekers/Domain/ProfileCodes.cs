namespace Labor.Jobseekers.Domain;

/// <summary>The closed lists a profile chooses from; the API takes and answers these codes, the pages show their names.</summary>
internal static class ProfileCodes
{
    public const string DefaultDigestFrequency = "daily";

    public const string NoDigest = "off";

    public const string PauseAfterNewWork = "pause";

    public const string Employed = "employed";

    /// <summary>After a placement the digests pause, or keep coming for a next step from work ("van werk naar werk").</summary>
    public static readonly string[] AfterNewWorkChoices = [PauseAfterNewWork, "job-to-job"];

    /// <summary>The employment situations the programme reports on (domain brief).</summary>
    public static readonly string[] Situations = [Employed, "self-employed", "uwv-benefit", "social-assistance", "no-benefit"];

    public static readonly string[] DigestFrequencies = ["daily", "weekly", NoDigest];

    /// <summary>The age bands of the programme's own reports.</summary>
    public static readonly string[] AgeBands = ["18-25", "26-35", "36-45", "46-55", "55+"];

    public static readonly string[] Genders = ["woman", "man", "other"];

    public static readonly string[] Languages = ["nl", "en"];
}
