using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>
/// The generators of hostile requests: for each API operation (path and query values by their schema, bodies shaped by
/// the schema or a valid example with one field spoiled, then malformed, nested, huge, of the wrong content type), for
/// each page form (its fields spoiled, with its antiforgery token) and for each page's query string.
/// </summary>
internal sealed class FuzzRequests(JsonValues values, int principals)
{
    private const string Hole = "FZHOLE";
    private const string Boundary = "FZBOUNDARY";
    private const string ImportHeader = "title,description,occupation,essentialSkills,optionalSkills,minimumEducation,hoursMin,hoursMax,contractType,workplaceMode,postcode,municipality,validThrough,howToApply,status";

    public Gen<FuzzRequest> ForOperation(ApiOperation operation, IReadOnlyList<int> allowed, string? example)
    {
        Gen<string> path = JsonValues.Sequence(operation.Parameters.Where(p => p.In == "path")
                .Select(p => values.Raw(p.Schema).Select(v => (string?)$"{p.Name}\n{v}")))
            .Select(filled => filled.Aggregate(operation.Path, (url, pair) =>
                url.Replace("{" + pair![..pair!.IndexOf('\n', StringComparison.Ordinal)] + "}", FuzzText.Escape(pair[(pair!.IndexOf('\n', StringComparison.Ordinal) + 1)..]), StringComparison.Ordinal)));
        Gen<string> query = JsonValues.Sequence(operation.Parameters.Where(p => p.In == "query")
                .Select(p => Gen.Frequency((2, Gen.Const((string?)null)), (3, values.Raw(p.Schema).Select(v => (string?)$"{p.Name}={FuzzText.Escape(v)}"))))
                .Append(Gen.Frequency((12, Gen.Const((string?)null)), (1, FuzzText.Strings.Select(v => (string?)$"{FuzzText.Escape(v)}={FuzzText.Escape(v)}")), (1, Gen.Const<string?>("q=" + new string('x', 20_000))))))
            .Select(pairs => string.Join('&', pairs.OfType<string>()));
        Gen<string> method = Gen.Frequency((30, Gen.Const(operation.Method)), (1, Gen.OneOf("PATCH", "DELETE", "OPTIONS", "HEAD", "PUT", "POST")));
        Gen<(string? Body, string? Type)> body = operation.Path.EndsWith("import", StringComparison.Ordinal) || operation.Path.EndsWith("imports", StringComparison.Ordinal)
            ? Uploads
            : operation.Body is { } schema || operation.Method is "POST" or "PUT"
                ? Bodies(example is null ? values.For(operation.Body ?? default) : Gen.Frequency((3, Spoiled(example)), (1, values.For(operation.Body ?? default))))
                : Gen.Frequency((9, Gen.Const<(string?, string?)>((null, null))), (1, Bodies(FuzzText.AnyJson)));
        Gen<int> principal = allowed.Count == 0 ? Gen.Int[0, principals - 1] : Gen.Frequency((4, Gen.OneOf([.. allowed])), (1, Gen.Int[0, principals - 1]));
        return Gen.Select(path, query, method, body, principal, (p, q, m, b, who) => new FuzzRequest(
            operation.Key, who, false, m, q.Length == 0 ? p : $"{p}?{q}", b.Body, b.Type));
    }

    public static Gen<FuzzRequest> ForForm(PageForm form) =>
            JsonValues.Sequence(form.Fields.Select(field => Gen.Frequency(
                (3, Gen.Const(field.Value)), (2, FuzzText.Strings)).Select(value => (string?)$"{FuzzText.Escape(field.Key)}={FuzzText.Escape(value)}")))
            .Select(fields => new FuzzRequest("POST " + form.Action, form.Principal, true, "POST", form.Action,
                string.Join('&', [.. fields, "__RequestVerificationToken=" + FuzzText.Escape(form.Token)]), "application/x-www-form-urlencoded"));

    public Gen<FuzzRequest> ForPage(string page) =>
        Gen.Select(
            Gen.Int[0, principals - 1],
            Gen.Select(Gen.OneOf("q", "page", "id", "code", "handler", "email", "token", "returnUrl", "culture", "sector", "status"), FuzzText.Strings, (k, v) => $"{k}={FuzzText.Escape(v)}").Array[0, 3],
            (who, pairs) => new FuzzRequest("GET " + page, who, true, "GET", pairs.Length == 0 ? page : page + "?" + string.Join('&', pairs), null, null));

    private static Gen<(string? Body, string? Type)> Bodies(Gen<string> json) => Gen.Frequency(
        (14, json.Select(j => ((string?)j, (string?)"application/json"))),
        (2, json.SelectMany(j => Gen.Int[0, Math.Max(0, j.Length - 1)].Select(n => ((string?)j[..n], (string?)"application/json")))),
        (1, Gen.Select(Gen.Int[65, 3_000], Gen.Bool, (depth, arrays) => ((string?)Nested(depth, arrays), (string?)"application/json"))),
        (1, Gen.OneOf(1, 3, 6).Select(mb => ((string?)$"{{\"title\":\"{FuzzText.Mark}{new string('x', mb * 1_000_000)}\"}}", (string?)"application/json"))),
        (2, Gen.Select(json, Gen.OneOf<string?>("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=latin1", "application/octet-stream", null), (j, type) => ((string?)j, type))),
        (1, Gen.OneOf("", "null", "[]", $"\"{FuzzText.Mark}\"", "42", "{\"a\":1,}", "{'a':1}", "\uFEFF{}", $"{{\"title\":\"{FuzzText.Mark}{FuzzText.NotUtf8}\"}}")
            .Select(b => ((string?)b, (string?)"application/json"))));

    private static string Nested(int depth, bool arrays) => arrays
        ? new string('[', depth) + FuzzText.Json(FuzzText.Mark) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + FuzzText.Json(FuzzText.Mark) + new string('}', depth);

    /// <summary>A valid example with one value replaced: the rest passes validation, so the spoiled value reaches the handler.</summary>
    private static Gen<string> Spoiled(string example)
    {
        int leaves = Leaves(JsonNode.Parse(example)!).Count();
        return Gen.Select(Gen.Int[0, leaves - 1], FuzzText.AnyJson, (index, value) =>
        {
            JsonNode root = JsonNode.Parse(example)!;
            (JsonNode parent, string? name, int position) = Leaves(root).ElementAt(index);
            if (name is null)
            {
                parent[position] = Hole;
            }
            else
            {
                parent[name] = Hole;
            }

            return root.ToJsonString().Replace($"\"{Hole}\"", value, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<(JsonNode Parent, string? Name, int Position)> Leaves(JsonNode node)
    {
        IEnumerable<(JsonNode? Child, string? Name, int Position)> children = node switch
        {
            JsonObject o => o.Select(p => (p.Value, (string?)p.Key, 0)),
            JsonArray a => a.Select((child, i) => (child, (string?)null, i)),
            _ => [],
        };
        foreach ((JsonNode? child, string? name, int position) in children)
        {
            if (child is JsonObject or JsonArray)
            {
                foreach (var leaf in Leaves(child))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (node, name, position);
            }
        }
    }

    /// <summary>Multipart uploads: CSV files with hostile cells, a file one byte over 5 MB, broken multipart.</summary>
    private static readonly Gen<(string? Body, string? Type)> Uploads = Gen.Frequency(
        (5, Gen.Select(Gen.Int[0, 14], FuzzText.Strings, (index, cell) => (string[])[.. ValidRow![..index], Csv(cell), .. ValidRow[(index + 1)..]])
            .Array[1, 3].Select(rows => Part(ImportHeader + "\r\n" + string.Join("\r\n", rows.Select(r => string.Join(',', r)))))),
        (3, FuzzText.Strings.Select(Csv).Array[15, 15].Array[1, 3].Select(rows => Part(ImportHeader + "\r\n" + string.Join("\r\n", rows.Select(r => string.Join(',', r)))))),
        (1, Gen.Const(Part(ImportHeader + "\r\n" + new string('x', (5 * 1024 * 1024) + 1 - ImportHeader.Length - 2)))),
        (1, Gen.OneOf<(string?, string?)>(
            ($"--{Boundary}\r\nnot a part", $"multipart/form-data; boundary={Boundary}"),
            (FuzzText.Mark, "multipart/form-data"),
            ("", $"multipart/form-data; boundary={Boundary}"),
            (ImportHeader, "text/csv"))));

    /// <summary>A row the import accepts, its title marked.</summary>
    private static readonly string[] ValidRow =
    [
        FuzzText.Mark + " Heftruckchauffeur", "Goed werk.", "heftruckchauffeur", "heftruck besturen", "", "mbo2", "32", "40", "permanent", "onsite",
        "8011 PK", "Zwolle", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Mail ons", "draft",
    ];

    private static string Csv(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static (string? Body, string? Type) Part(string csv) => (
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{FuzzText.Mark}.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n--{Boundary}--\r\n",
        $"multipart/form-data; boundary={Boundary}");
}
