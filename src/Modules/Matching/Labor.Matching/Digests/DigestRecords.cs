namespace Labor.Matching.Digests;

/// <summary>
/// The digest mailing of one frequency on one Dutch day. Its chunks are Hangfire jobs; the run is finished (and
/// <c>DigestSent</c> published) by whichever chunk finishes last.
/// </summary>
internal sealed class DigestRun
{
    public Guid Id { get; init; }

    /// <summary>daily or weekly.</summary>
    public required string Frequency { get; init; }

    public DateOnly Day { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public int Chunks { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>
/// A range of jobseeker ids within a run, mailed by one job. The ranges cover every id, so someone who chose this
/// frequency after the run was planned is in one of them too.
/// </summary>
internal sealed class DigestChunk
{
    public Guid RunId { get; init; }

    public int Number { get; init; }

    /// <summary>The first id in the range.</summary>
    public Guid FromJobseekerId { get; init; }

    /// <summary>The first id after the range; null for the last chunk.</summary>
    public Guid? ToJobseekerId { get; init; }

    public DateTimeOffset? DoneAt { get; set; }
}

/// <summary>One digest mail, recorded in the transaction that was open while the SMTP server accepted it.</summary>
internal sealed class SentDigest
{
    public Guid Id { get; init; }

    public Guid RunId { get; init; }

    public Guid JobseekerId { get; init; }

    public DateTimeOffset SentAt { get; init; }

    public int Fits { get; init; }
}

/// <summary>
/// A fit that was mailed: the key (jobseeker, vacancy) is unique, so each pair is mailed at most once ever. The
/// vacancy's sector tables are kept for the figures.
/// </summary>
internal sealed class MailedFit
{
    public Guid JobseekerId { get; init; }

    public Guid VacancyId { get; init; }

    public Guid DigestId { get; init; }

    public string[] SectorTables { get; init; } = [];
}

/// <summary>
/// The SMTP server refused the jobseeker's address for good (5xx): no more digests to that address. Only a hash of
/// the address is kept (ADR 8), so a new address mails again.
/// </summary>
internal sealed class MailRejection
{
    public Guid JobseekerId { get; init; }

    public required string AddressHash { get; set; }

    public required string Reply { get; set; }

    public DateTimeOffset RejectedAt { get; set; }
}
