using System.Globalization;
using System.Text;
using CsCheck;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>
/// The hostile text the fuzz test sends. Every generated string that is meant to be stored starts with <see cref="Mark"/>,
/// which each request replaces by its own marker, so a stored value can be traced to the request that brought it.
/// </summary>
internal static class FuzzText
{
    public const string Mark = "FZMARK";

    /// <summary>Stands for bytes that are not UTF-8 at all (see <see cref="Encode"/>).</summary>
    public const char NotUtf8 = '\uFFFE';

    private static readonly string[] Nasty =
    [
        "\0", "a\0b", "\u0001", "\u0007", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\t", "\r\n", "\u2028",
        "\u202e", "\u200f", "\u200b", "\ufeff", "\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud800", "\udc00", "e\u0301",
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "İß", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\\", "\"", "{{7*7}}",
        "NaN", "Infinity", "-1", "0", "1e308", "2147483648", "../../etc/passwd", " ", "",
    ];

    /// <summary>Raw strings: mostly marked and hostile, sometimes plausible (so validation lets them through to storage).</summary>
    public static readonly Gen<string> Strings = Gen.Frequency(
        (6, Gen.OneOf(Nasty).Array[1, 3].Select(pieces => Mark + " " + string.Concat(pieces))),
        (2, Gen.String[0, 40].Select(random => Mark + random)),
        (2, Gen.OneOf("@test.example", " Heftruckchauffeur", "\0@test.example", " 8011 PK", "\0").Select(tail => Mark + tail)),
        (1, Gen.OneOf(Nasty)),
        (1, Gen.Int[1_000, 20_000].Select(length => Mark + new string('x', length))));

    public static readonly Gen<string> Numbers = Gen.OneOf(
        "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e308", "-1e308", "1e-400", "1.5",
        "79228162514264337593543950336", "-0");

    public static readonly Gen<string> Ids = Gen.OneOf(
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "-1", "0", "{00000000-0000-0000-0000-000000000000}",
        "ffffffff-ffff-ffff-ffff-ffffffffffff", Mark + "\0", "\ud83d\ude00", new string('a', 5_000));

    public static readonly Gen<string> Dates = Gen.OneOf(
        "2026-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "", "2026-01-01T00:00:00+14:00", "9999-12-31T23:59:59+14:00", "-0001-01-01");

    /// <summary>JSON values of every type, for a field that expects one of them.</summary>
    public static readonly Gen<string> AnyJson = Gen.Frequency(
        (3, Strings.Select(Json)),
        (2, Numbers),
        (1, Gen.OneOf("null", "true", "false", "{}", "[]", "[null]", "\"NaN\"", "\"Infinity\"", "\"-1\"", "{\"" + Mark + "\":\"" + Mark + "\"}")),
        (1, Ids.Select(Json)),
        (1, Dates.Select(Json)));

    /// <summary>A JSON string literal; control characters and every surrogate are escaped, so lone ones survive as escapes.</summary>
    public static string Json(string text)
    {
        var json = new StringBuilder("\"", text.Length + 2);
        foreach (char c in text)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' or (>= '\uD800' and <= '\uDFFF') => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }

    /// <summary>Percent-encodes as a browser would, but lone surrogates too (as the invalid three-byte form).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length * 3);
        for (int i = 0; i < text.Length; i++)
        {
            int point = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                point = char.ConvertToUtf32(text[i], text[++i]);
            }

            if (point < 0x80 && (char.IsAsciiLetterOrDigit((char)point) || (char)point is '-' or '_' or '.' or '~'))
            {
                escaped.Append((char)point);
                continue;
            }

            foreach (byte b in Utf8(point))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return escaped.ToString();
    }

    /// <summary>The body's bytes with this request's marker; <see cref="NotUtf8"/> becomes bytes no UTF-8 decoder accepts.</summary>
    public static byte[] Encode(string body, string marker)
    {
        string[] parts = body.Replace(Mark, marker, StringComparison.Ordinal).Split(NotUtf8);
        return [.. parts.SelectMany((part, index) => index == 0 ? Encoding.UTF8.GetBytes(part) : [0xFF, 0xFE, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(part)])];
    }

    private static byte[] Utf8(int point) => point switch
    {
        < 0x80 => [(byte)point],
        < 0x800 => [(byte)(0xC0 | (point >> 6)), (byte)(0x80 | (point & 0x3F))],
        < 0x10000 => [(byte)(0xE0 | (point >> 12)), (byte)(0x80 | ((point >> 6) & 0x3F)), (byte)(0x80 | (point & 0x3F))],
        _ => [(byte)(0xF0 | (point >> 18)), (byte)(0x80 | ((point >> 12) & 0x3F)), (byte)(0x80 | ((point >> 6) & 0x3F)), (byte)(0x80 | (point & 0x3F))],
    };
}
