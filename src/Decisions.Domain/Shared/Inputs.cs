using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Decisions.Shared;

/// <summary>
/// The limits every value in a command keeps, in one table rather than in each decider: a new command or field is
/// covered the day it is written. Lengths go by the field's name, because a name, a title and a clause are the same
/// kind of thing wherever they appear; they are far above anything the seeds or the corpus hold, and far below what
/// would make an index or a page fall over.
/// </summary>
public static class Inputs
{
    /// <summary>Names, ids, parties, roles, case numbers: anything not listed below.</summary>
    public const int ShortText = 300;

    public const int MaxListItems = 1000;

    static readonly Dictionary<string, int> LengthByField = new(StringComparer.Ordinal)
    {
        ["Title"] = 2_000,
        ["Place"] = 500,
        ["Document"] = 500,
        ["DueText"] = 1_000,
        // A clause, a task, a summary, a reason, a motion or a note is prose of a paragraph or a few.
        ["Clauses"] = 20_000, ["Task"] = 20_000, ["Summary"] = 20_000, ["Reason"] = 20_000,
        ["Notes"] = 20_000, ["Text"] = 20_000,
    };

    public static int MaxLength(string field) => LengthByField.GetValueOrDefault(field, ShortText);

    /// <summary>
    /// Text is letters, marks, punctuation, spaces and line breaks. NUL cannot be stored by PostgreSQL at all; other
    /// control characters and the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) make a name display as
    /// another; a lone surrogate is not a character.
    /// </summary>
    public static bool IsText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return false;
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return false;
        }
        return true;
    }

    /// <summary>Walks the command's public properties, records and lists within it, naming each field by its path ("Details.Clauses[2]").</summary>
    public static Validation Check(Validation v, object command)
    {
        Walk(v, command, "", "", 0);
        return v;
    }

    static void Walk(Validation v, object? value, string path, string name, int depth)
    {
        switch (value)
        {
            case null: return;
            case string s: v.Text(s, path, MaxLength(name), required: false); return;
            case DateOnly d: v.Date(d, path); return;
            case Enum e: v.Defined(e, path); return;
            case IList list:
                v.Check(list.Count <= MaxListItems, path, $"får ha högst {MaxListItems} poster (har {list.Count})");
                for (var i = 0; i < Math.Min(list.Count, MaxListItems); i++)
                {
                    var item = $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]";
                    v.Check(list[i] is not null, item, "saknas");
                    Walk(v, list[i], item, name, depth + 1);
                }
                return;
        }
        var type = value.GetType();
        // Only the domain's own records hold fields to walk; numbers, times and the like carry no text.
        if (depth > 8 || type.IsPrimitive || type.Namespace?.StartsWith("Decisions", StringComparison.Ordinal) != true) return;
        foreach (var property in Properties(type))
            Walk(v, property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Name, depth + 1);
    }

    static readonly ConcurrentDictionary<Type, PropertyInfo[]> Cache = new();

    static PropertyInfo[] Properties(Type type) => Cache.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite)]);
}
