namespace Labor.BuildingBlocks.Outcomes;

/// <summary>The kinds of "no" a module's command gives; each has one HTTP status (<see cref="RefusalHttp"/>).</summary>
public enum RefusalKind
{
    /// <summary>400: fields that are wrong, each named with what is wrong with it.</summary>
    Invalid,

    /// <summary>404: nothing has this id, or the caller may not know that it exists.</summary>
    NotFound,

    /// <summary>403: it exists, and the caller may not change it.</summary>
    Forbidden,

    /// <summary>409: the request is valid, but the state it met says no (a near-duplicate, a stale version).</summary>
    Conflict,
}

/// <summary>
/// Why a command was not carried out: the one shape every module gives its endpoints and pages. Titles, details and
/// field messages are English, for API clients; a page shows its own words in the UI language, chosen by kind and field.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Title)
{
    public const string InvalidTitle = "One or more fields are invalid.";

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The invalid fields (JSON paths as the client spelled them) with their messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = NoErrors;

    public string? Detail { get; private init; }

    /// <summary>Named values a client needs to act on the refusal (for example the id of the duplicate).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; private init; }

    public static Refusal Invalid(IEnumerable<KeyValuePair<string, string[]>> errors) =>
        new(RefusalKind.Invalid, InvalidTitle) { Errors = new Dictionary<string, string[]>(errors) };

    public static Refusal Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A whole request refused without field errors (an upload whose rows are wrong), its problems in an extension.</summary>
    public static Refusal Rejected(string title, string detail, IReadOnlyDictionary<string, object?> extensions) =>
        new(RefusalKind.Invalid, title) { Detail = detail, Extensions = extensions };

    public static Refusal NotFound(string title, string? detail = null) => new(RefusalKind.NotFound, title) { Detail = detail };

    public static Refusal Forbidden(string title) => new(RefusalKind.Forbidden, title);

    public static Refusal Conflict(string title, string? detail = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(RefusalKind.Conflict, title) { Detail = detail, Extensions = extensions };
}

/// <summary>A command's answer: its value, or the <see cref="Refusal"/> that stopped it (and then nothing was stored).</summary>
public readonly record struct Result<T>
    where T : class
{
    private Result(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Refusal refusal) => new(null, refusal);
}
