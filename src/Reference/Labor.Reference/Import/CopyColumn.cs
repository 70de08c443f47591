using NpgsqlTypes;

namespace Labor.Reference.Import;

/// <summary>One column of a binary COPY: its name, its PostgreSQL type and how to read it from a row.</summary>
internal sealed record CopyColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value)
{
    public const NpgsqlDbType TextArray = NpgsqlDbType.Array | NpgsqlDbType.Text;
}
