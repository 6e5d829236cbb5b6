using System.Diagnostics;
using Blog.Diagnostics;

namespace Blog.Deploy;

/// <summary>
/// Runs git with arguments and environment variables, never through a shell. A failing command
/// becomes a diagnostic with git's own message, since it is nearly always a setup the user can fix
/// (no repository, no remote, no permission to push).
/// </summary>
public sealed class Git(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
{
    public Git With(IReadOnlyDictionary<string, string> more, string? directory = null) => new(directory ?? workingDirectory,
        (environment ?? new Dictionary<string, string>()).Concat(more).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    /// <summary>Runs git; returns trimmed stdout, or throws a diagnostic naming the command and git's message.</summary>
    public async Task<string> RunAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await TryAsync(args);
        if (exit != 0)
            throw new DiagnosticException(Diagnostic.Error("git", 0, 0,
                $"'git {string.Join(' ', args)}' failed: {FirstLines(stderr.Length > 0 ? stderr : stdout)}"));
        return stdout;
    }

    /// <summary>Runs git; returns its exit code and output, for commands whose failure is an answer.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> TryAsync(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        start.Environment["GIT_TERMINAL_PROMPT"] = "0"; // fail instead of waiting for a password nobody types
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DiagnosticException(Diagnostic.Error("git", 0, 0, "git was not found.", "Install git and make sure it is on PATH."));
        }
        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await stdout).Trim(), (await stderr).Trim());
        }
    }

    private static string FirstLines(string text) => string.Join(" ", text.Split('\n').Take(3).Select(l => l.Trim()));
}
