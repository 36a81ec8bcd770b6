using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ArmsTrace.Cli.Loading;

/// <summary>Reads string fields from one JSON object line, reporting wrong types instead of guessing.</summary>
internal static class JsonFields
{
    /// <summary>
    /// Reads an optional string field. Absent, null and blank all read as null; any other non-string is a problem.
    /// </summary>
    /// <summary>
    /// As <see cref="TryReadOptionalString"/> for a publication date: "YYYY", "YYYY-MM" or "YYYY-MM-DD", or an ISO
    /// timestamp whose date part is kept; anything else is a problem, since date filters compare the stored text.
    /// </summary>
    public static bool TryReadOptionalDate(
        JsonElement obj,
        string name,
        out string? value,
        [NotNullWhen(false)] out string? problem)
    {
        if (!TryReadOptionalString(obj, name, out value, out problem) || value is null)
        {
            return problem is null;
        }

        if (Core.Time.PartialDate.Parse(value) is { } date && (date.ToString() == value || value.StartsWith(date.ToString() + "T", StringComparison.Ordinal)))
        {
            value = date.ToString();
            return true;
        }

        problem = $"field '{name}' is '{value}', not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
        value = null;
        return false;
    }

    public static bool TryReadOptionalString(
        JsonElement obj,
        string name,
        out string? value,
        [NotNullWhen(false)] out string? problem)
    {
        value = null;
        problem = null;
        if (!obj.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (field.ValueKind != JsonValueKind.String)
        {
            problem = $"field '{name}' must be a string, not {Describe(field.ValueKind)}";
            return false;
        }

        if (!TryGetString(field, name, out var text, out problem))
        {
            return false;
        }

        value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return true;
    }

    /// <summary>
    /// Reads a string field's value. Fails when its escapes spell half a UTF-16 character ("\ud800"): valid JSON,
    /// but System.Text.Json refuses to make a string of it.
    /// </summary>
    public static bool TryGetString(
        JsonElement field,
        string name,
        [NotNullWhen(true)] out string? text,
        [NotNullWhen(false)] out string? problem)
    {
        try
        {
            text = field.GetString()!;
            problem = null;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            problem = $"field '{name}' has a \\u escape for half a character (a lone surrogate)";
            return false;
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
