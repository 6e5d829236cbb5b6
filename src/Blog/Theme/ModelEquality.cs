using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Blog.Theme;

/// <summary>
/// Whether two template models hold the same values, all the way down: records and classes by
/// their public properties, lists element by element, dictionaries key by key. Models are trees
/// of records built fresh each build, so reference equality would never hold and record equality
/// stops at the first list. Pairs already found equal are remembered, since one post's model
/// appears on many list pages. With <paramref name="words"/>, a property is compared only when
/// its template name (snake_case) is one of them: a value no template names cannot change the page.
/// </summary>
public sealed class ModelEquality(IReadOnlySet<string>? words = null)
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Properties = new();
    private readonly ConditionalWeakTable<object, object> _knownSame = new();

    public bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case string s: return string.Equals(s, (string)b, StringComparison.Ordinal);
            case IDictionary x: return SameDictionary(x, (IDictionary)b);
            case IEnumerable x: return SameSequence(x, (IEnumerable)b);
        }
        var type = a.GetType();
        if (type.IsPrimitive || type.IsEnum || a is decimal or DateTime or DateTimeOffset or TimeSpan or Guid) return a.Equals(b);
        if (_knownSame.TryGetValue(a, out var known) && ReferenceEquals(known, b)) return true;
        foreach (var (p, name) in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0)
                     .Select(p => (p, Scriban.Runtime.StandardMemberRenamer.Rename(p.Name))).ToArray()))
            if ((words is null || words.Contains(name)) && !Same(p.GetValue(a), p.GetValue(b))) return false;
        _knownSame.AddOrUpdate(a, b);
        return true;
    }

    private bool SameSequence(IEnumerable a, IEnumerable b)
    {
        var x = a.GetEnumerator();
        var y = b.GetEnumerator();
        while (true)
        {
            var more = x.MoveNext();
            if (more != y.MoveNext()) return false;
            if (!more) return true;
            if (!Same(x.Current, y.Current)) return false;
        }
    }

    private bool SameDictionary(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count) return false;
        foreach (DictionaryEntry e in a)
            if (!b.Contains(e.Key) || !Same(e.Value, b[e.Key])) return false;
        return true;
    }
}
