using System.Collections.Frozen;
using System.Reflection;

namespace Labor.Accounts.Passwords;

/// <summary>The shipped list of common and breached passwords (common-passwords.txt says where it comes from).</summary>
internal static class CommonPasswordList
{
    private const string Resource = "Labor.Accounts.Passwords.common-passwords.txt";

    // Read once, on the first password check: every sign-up and reset asks, and the list never changes while running.
    private static readonly Lazy<FrozenSet<string>> Passwords = new(Load);

    public static int Count => Passwords.Value.Count;

    /// <summary>Whether the password is listed, ignoring case and surrounding spaces.</summary>
    public static bool Contains(string password) => Passwords.Value.Contains(password.Trim());

    private static FrozenSet<string> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in file {Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        List<string> passwords = [];
        while (reader.ReadLine() is { } line)
        {
            // Lines starting with # are the header naming the source and its licence.
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line.Trim());
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
