using System.Collections.Immutable;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Output for a long-running host such as the preview server. Each build is a generation: a folder
/// that receives only the files that changed, plus an index from every destination to the file
/// holding it, which may live in an older generation's folder. Files are never rewritten once
/// published, and publishing is one pointer switch, so a reader never sees a half-written page or
/// a mix of two builds, and a build that changed one post costs one post's writes.
/// One host owns a root at a time: it holds <c>owner.lock</c> there (an exclusive lock the system
/// drops when the process ends, however it ends) and names itself in <c>owner.txt</c>.
/// </summary>
public sealed class Generations
{
    private const string Prefix = "gen-";
    private Generation? _current;
    private int _next;

    private FileStream? _lock;

    /// <param name="owner">Who holds the root, for the message another host gets (e.g. "process 123, port 5080").</param>
    /// <exception cref="DiagnosticException">When another host holds the root; its owner.txt is named.</exception>
    public Generations(string root, string? owner = null)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        _lock = Own(Root, owner ?? $"process {Environment.ProcessId}");
        // Leftovers of an earlier run are unreachable: no index points at them.
        foreach (var old in Directory.EnumerateDirectories(Root, Prefix + "*")) TryDelete(old);
    }

    public string Root { get; }

    /// <summary>The last published generation; null before the first clean build.</summary>
    public Generation? Current => Volatile.Read(ref _current);

    public GenerationBuild Begin() => new(this, Interlocked.Increment(ref _next), Path.Combine(Root, $"{Prefix}{_next:D6}"));

    /// <summary>Deletes every generation's folder (the host stops; nothing will be served from them again).</summary>
    public void DeleteAll()
    {
        lock (this)
        {
            Volatile.Write(ref _current, null);
            if (!Directory.Exists(Root)) return;
            foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*")) TryDelete(folder);
            _lock?.Dispose();
            _lock = null;
        }
    }

    private static FileStream Own(string root, string owner)
    {
        var ownerFile = Path.Combine(root, "owner.txt");
        try
        {
            var held = new FileStream(Path.Combine(root, "owner.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(ownerFile, owner);
            return held;
        }
        catch (IOException)
        {
            string other;
            try { other = File.ReadAllText(ownerFile).Trim(); } catch (IOException) { other = "another process"; }
            throw new DiagnosticException(Diagnostic.Error(root, 0, 0,
                $"Another preview ({other}) is serving this site from {root}; two previews would delete each other's builds.",
                "Stop the other preview first, or give this one its own folder with --output."));
        }
    }

    internal bool Publish(Generation generation)
    {
        lock (this)
        {
            // A slow build that finishes after a newer one must not replace it.
            if (_current is not null && _current.Number > generation.Number) return false;
            var previous = _current;
            Volatile.Write(ref _current, generation);
            CollectLater(generation, previous);
            return true;
        }
    }

    /// <summary>Deletes the folders no longer referenced by the current or previous generation (in the background).</summary>
    private void CollectLater(Generation current, Generation? previous)
    {
        var live = current.Files.Values.Concat(previous?.Files.Values ?? [])
            .Select(f => Path.GetRelativePath(Root, f.Path).Split(Path.DirectorySeparatorChar)[0])
            .ToHashSet(StringComparer.Ordinal);
        var dead = Directory.EnumerateDirectories(Root, Prefix + "*")
            .Where(d => !live.Contains(Path.GetFileName(d)) && Number(d) < current.Number)
            .ToList();
        if (dead.Count > 0) _ = Task.Run(() => dead.ForEach(TryDelete));
    }

    private static int Number(string folder) => int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var n) ? n : int.MaxValue;

    internal static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a file still open on Windows: the next collection retries */ }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One published build: every destination (<c>2019/11/x/index.html</c>) and the file holding it.</summary>
/// <param name="Changed">Destinations added, changed or removed since the previous generation.</param>
public sealed record Generation(int Number, ImmutableDictionary<string, OutputFile> Files, IReadOnlySet<string> Changed);

/// <summary>A file on disk and what it was made from (its content, or the source file's size and time).</summary>
public sealed record OutputFile(string Path, object Signature);

/// <summary>The generation a build is writing: its folder, and the ledger its output modules consult.</summary>
public sealed class GenerationBuild(Generations owner, int number, string folder) : IBuildOutput, IOutputLedger
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Generation? _previous = owner.Current;

    public int Number => number;
    public string Folder => folder;

    public void Prepare() => Directory.CreateDirectory(folder);

    public bool TryReuse(string destination, object signature)
    {
        if (_previous is null || !_previous.Files.TryGetValue(Key(destination), out var file) || !Same(file.Signature, signature)) return false;
        _files[Key(destination)] = file;
        return true;
    }

    public void Record(string destination, string path, object signature) => _files[Key(destination)] = new OutputFile(path, signature);

    private volatile bool _discarded;

    /// <summary>Publishes the generation, unless a newer one was published meanwhile or it was discarded (an abandoned build).</summary>
    public void Commit()
    {
        if (_discarded) return;
        var files = _files.ToImmutableDictionary(StringComparer.Ordinal);
        var old = _previous?.Files ?? ImmutableDictionary<string, OutputFile>.Empty;
        var changed = files.Where(f => !old.TryGetValue(f.Key, out var o) || o.Path != f.Value.Path).Select(f => f.Key)
            .Concat(old.Keys.Where(k => !files.ContainsKey(k)))
            .ToHashSet(StringComparer.Ordinal);
        if (!owner.Publish(new Generation(number, files, changed))) Discard();
    }

    public void Discard()
    {
        _discarded = true;
        Generations.TryDelete(folder);
    }

    private static string Key(string destination) => destination.Replace('\\', '/');

    private static bool Same(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        _ => Equals(a, b),
    };
}
