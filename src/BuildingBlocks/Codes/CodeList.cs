namespace Labor.BuildingBlocks.Codes;

/// <summary>
/// A closed list a module keeps as an enum, with the codes the API, the pages and the CSV files spell its values
/// with: both ways, in order, case-insensitive on the way in. Every enum that crosses the edge has one, so a code is
/// written once (a list that is only ever a code, like a profile's situation, stays a <c>string[]</c>).
/// </summary>
public sealed class CodeList<T>
    where T : struct, Enum
{
    private readonly (T Value, string Code)[] _entries;

    /// <exception cref="ArgumentException">A value of <typeparamref name="T"/> has no code, or a code is used twice.</exception>
    public CodeList(params (T Value, string Code)[] entries)
    {
        T[] missing = [.. Enum.GetValues<T>().Except(entries.Select(e => e.Value))];
        if (missing.Length > 0 || entries.Select(e => e.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != entries.Length)
        {
            throw new ArgumentException($"Give every {typeof(T).Name} one code of its own.", nameof(entries));
        }

        _entries = entries;
    }

    /// <summary>The codes in the list's order.</summary>
    public IReadOnlyList<string> Codes => [.. _entries.Select(e => e.Code)];

    /// <summary>The values in the list's order, each with its code.</summary>
    public IReadOnlyList<(T Value, string Code)> Entries => _entries;

    /// <summary>"Use one of: a, b, c." for a validation message.</summary>
    public string Expected => $"Use one of: {string.Join(", ", Codes)}.";

    public string this[T value] => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Code;

    /// <exception cref="KeyNotFoundException">Not a code of the list; validate first.</exception>
    public T this[string code] => TryParse(code, out T value) ? value : throw new KeyNotFoundException($"'{code}' is not a {typeof(T).Name} code.");

    public bool Contains(string? code) => TryParse(code, out _);

    public bool TryParse(string? code, out T value)
    {
        foreach ((T candidate, string known) in _entries)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
