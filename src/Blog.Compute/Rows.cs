using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Blog.Compute;

/// <summary>
/// Reads a sequence of objects as the rows of a table, whatever they are: records, classes and
/// structs (public properties in declaration order, then public fields), anonymous types, tuples
/// (<c>Item1</c>… or the element names the code gave them), key/value pairs (so a dictionary is a
/// two-column table), and dictionaries with string keys (their keys become columns). Rows of
/// different types share a column of the same name; a row without it leaves the cell empty.
/// Scalars (numbers, strings, dates, enums…) are not rows.
/// </summary>
public static class Rows
{
    /// <summary>A column: its header and how to read its cell from a row.</summary>
    public sealed record Column(string Header, Func<object?, object?> Value);

    /// <summary>Values shown as one cell: numbers, text, dates, enums, <see cref="Guid"/>s, <see cref="Uri"/>s…</summary>
    public static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
               || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(DateOnly) || type == typeof(TimeOnly)
               || type == typeof(Guid) || type == typeof(Uri) || type == typeof(System.Numerics.BigInteger)
               || type == typeof(System.Numerics.Complex) || type == typeof(Half) || type == typeof(Int128) || type == typeof(UInt128);
    }

    /// <summary>
    /// Whether a sequence of elements of <paramref name="type"/> reads as rows: anything with members
    /// to show, except scalars and nested sequences (shown as text), and <see cref="object"/> itself.
    /// </summary>
    public static bool IsRow(Type type)
    {
        if (IsScalar(type) || type == typeof(object)) return false;
        if (IsStringDictionary(type) || typeof(ITuple).IsAssignableFrom(type) || IsKeyValuePair(type)) return true;
        if (typeof(IEnumerable).IsAssignableFrom(type) || type.IsPointer || typeof(Delegate).IsAssignableFrom(type)) return false;
        return Members(type).Count > 0;
    }

    /// <summary>The rows of <paramref name="sequence"/> if it is a table (some element is a row, or it is empty and its element type is); else null.</summary>
    public static IReadOnlyList<object?>? Of(IEnumerable sequence)
    {
        if (sequence is string) return null;
        var rows = sequence.Cast<object?>().ToList();
        if (rows.Count == 0) return ElementType(sequence.GetType()) is { } t && IsRow(t) ? rows : null;
        return rows.Any(r => r is not null && IsRow(r.GetType())) ? rows : null;
    }

    /// <summary>
    /// The columns for <paramref name="rows"/>: the union of every row's members, first seen first.
    /// <paramref name="tupleNames"/> replaces <c>Item1</c>, <c>Item2</c>… when the code named a tuple's elements.
    /// </summary>
    public static IReadOnlyList<Column> Columns(IReadOnlyList<object?> rows, Type declared, IReadOnlyList<string>? tupleNames = null)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in rows.Select(r => r?.GetType()).Where(t => t is not null).Distinct().DefaultIfEmpty(declared))
        foreach (var name in NamesOf(type!, rows))
            if (seen.Add(name)) names.Add(name);
        return names.Select((name, i) => new Column(Header(name, tupleNames), row => Cell(row, name))).ToList();
    }

    private static string Header(string name, IReadOnlyList<string>? tupleNames)
        => tupleNames is not null && name.StartsWith("Item", StringComparison.Ordinal)
           && int.TryParse(name[4..], out var n) && n >= 1 && n <= tupleNames.Count ? tupleNames[n - 1] : name;

    private static IEnumerable<string> NamesOf(Type type, IReadOnlyList<object?> rows)
    {
        if (IsStringDictionary(type))
            return rows.Where(r => r?.GetType() == type).SelectMany(r => DictionaryKeys(r!)).Distinct();
        if (typeof(ITuple).IsAssignableFrom(type))
        {
            var length = rows.OfType<ITuple>().Where(t => t.GetType() == type).Select(t => t.Length).DefaultIfEmpty(
                type.IsGenericType ? type.GetGenericArguments().Length : 0).Max();
            return Enumerable.Range(1, length).Select(i => $"Item{i}");
        }
        return Members(type).Select(m => m.Name);
    }

    private static object? Cell(object? row, string name)
    {
        switch (row)
        {
            case null: return null;
            case IDictionary d: return d.Contains(name) ? d[name] : null;
            case IDictionary<string, object?> e: return e.TryGetValue(name, out var v) ? v : null;
            case IReadOnlyDictionary<string, object?> r: return r.TryGetValue(name, out var w) ? w : null;
            case ITuple t when name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(name[4..], out var i):
                return i >= 1 && i <= t.Length ? t[i - 1] : null;
        }
        return Members(row.GetType()).FirstOrDefault(m => m.Name == name) switch
        {
            PropertyInfo p => p.GetValue(row),
            FieldInfo f => f.GetValue(row),
            _ => null,
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<MemberInfo>> MemberCache = new();

    /// <summary>Public readable instance properties (no indexers, not a record's EqualityContract) in declaration order, then public fields.</summary>
    private static IReadOnlyList<MemberInfo> Members(Type type) => MemberCache.GetOrAdd(type, t => t
        .GetMembers(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m is PropertyInfo { CanRead: true } p && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"
                    || m is FieldInfo)
        .OrderBy(m => m is FieldInfo).ThenBy(m => m.MetadataToken)
        .ToList());

    private static bool IsKeyValuePair(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);

    private static bool IsStringDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type) && (!type.IsGenericType || type.GetGenericArguments()[0] == typeof(string))
        || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
        || typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type);

    private static IEnumerable<string> DictionaryKeys(object dictionary) => dictionary switch
    {
        IDictionary d => d.Keys.Cast<object?>().Select(k => k?.ToString() ?? ""),
        IDictionary<string, object?> e => e.Keys,
        IReadOnlyDictionary<string, object?> r => r.Keys,
        _ => [],
    };

    /// <summary>The T of the first <see cref="IEnumerable{T}"/> a type implements.</summary>
    public static Type? ElementType(Type sequence) => sequence.IsArray ? sequence.GetElementType()
        : (sequence.IsGenericType && sequence.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? sequence : null)
          ?.GetGenericArguments()[0]
          ?? sequence.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
              ?.GetGenericArguments()[0];
}
