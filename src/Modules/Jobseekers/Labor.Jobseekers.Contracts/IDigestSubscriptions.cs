namespace Labor.Jobseekers.Contracts;

/// <summary>
/// Who wants vacancy digests and how often: Jobseekers keeps the choice (the profile's digest frequency), so the
/// mailer asks here right before it sends, and an unsubscribe counts at once whatever copy another module holds.
/// </summary>
public interface IDigestSubscriptions
{
    /// <param name="frequency">daily or weekly.</param>
    /// <returns>Those of these jobseekers who exist and want digests at this frequency now.</returns>
    Task<IReadOnlySet<Guid>> WantingAsync(IReadOnlyCollection<Guid> jobseekerIds, string frequency, CancellationToken cancellationToken);

    /// <summary>Sets the digest frequency to off (RFC 8058 one-click unsubscribe), with its profile event.</summary>
    /// <returns>false when there is no such jobseeker (any more).</returns>
    Task<bool> UnsubscribeAsync(Guid jobseekerId, CancellationToken cancellationToken);
}
