namespace Labor.Host.FailedMessages;

/// <summary>A message a consumer gave up on after its retries, as an admin sees it: what it was and why it failed.</summary>
internal sealed record FailedMessage(Guid MessageId, string MessageType, string? ExceptionType, string? Reason, DateTimeOffset? FailedAt);

/// <summary>One consumer's error queue and the messages in it (the first fifty).</summary>
internal sealed record FailedQueue(string Queue, string ConsumerQueue, int Count, IReadOnlyList<FailedMessage> Messages);
