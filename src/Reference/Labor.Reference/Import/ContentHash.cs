using System.Security.Cryptography;

namespace Labor.Reference.Import;

internal static class ContentHash
{
    /// <summary>A SHA-256 over the files' contents in the given order: equal input, equal hash.</summary>
    public static string Of(IEnumerable<Func<Stream>> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (Func<Stream> open in files)
        {
            using Stream content = open();
            hash.AppendData(SHA256.HashData(content));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Of(string identity) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)));
}
