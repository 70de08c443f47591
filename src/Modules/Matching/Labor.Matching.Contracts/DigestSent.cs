namespace Labor.Matching.Contracts;

/// <summary>A digest mailing finished: how many mails went out and, per sector table, the fits they carried.</summary>
/// <param name="Frequency">daily or weekly.</param>
/// <param name="Day">The Dutch day of the mailing.</param>
public sealed record DigestSent(
    Guid RunId,
    string Frequency,
    DateOnly Day,
    int Digests,
    int Fits,
    IReadOnlyList<SectorDigests> Sectors,
    DateTimeOffset FinishedAt);

/// <param name="Digests">Mails with at least one vacancy of this sector table.</param>
/// <param name="Fits">Vacancies of this sector table mailed.</param>
public sealed record SectorDigests(string SectorTable, int Digests, int Fits);
