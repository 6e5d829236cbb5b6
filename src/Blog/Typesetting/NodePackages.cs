using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using Blog.Diagnostics;

namespace Blog.Typesetting;

/// <summary>
/// The Node packages of an installed tool (MathJax, Pagefind, citation-js, citeproc), installed once per tool
/// version into a per-user cache rather than into each blog: <c>$BLOG_CACHE_HOME/node/VERSION-LOCKHASH/node_modules</c>
/// (default <c>$XDG_CACHE_HOME/math-blog</c>, else <c>~/.cache/math-blog</c>), by <c>npm ci</c> from the
/// package.json and package-lock.json shipped beside the tool. The install goes into a temporary folder
/// that is renamed into place when npm succeeds, so a failed or interrupted install leaves nothing half
/// installed; one process installs at a time (a lock file), the others wait and use its result. Two tool
/// versions use two folders. A machine without npm, or without the registry, gets one diagnostic saying
/// what to install or set.
/// </summary>
public static class NodePackages
{
    /// <summary>The environment variable that moves the per-user cache (tests and CI point it at a temp folder).</summary>
    public const string CacheVariable = "BLOG_CACHE_HOME";

    private static readonly object Gate = new();

    /// <summary>The cache folder: $BLOG_CACHE_HOME, else $XDG_CACHE_HOME/math-blog, else ~/.cache/math-blog.</summary>
    public static string CacheRoot =>
        Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } own ? own
        : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "math-blog");

    /// <summary>This tool version's folder: the version and a hash of the shipped lock file (a rebuilt tool with other packages gets another folder).</summary>
    public static string VersionFolder => Path.Combine(CacheRoot, "node", ToolInfo.Version + "-" + LockHash());

    /// <summary>
    /// The cache's node_modules holding <paramref name="package"/>, installed first if missing (with a
    /// message on stderr). Throws a <see cref="DiagnosticException"/> when the tool ships no manifest or
    /// npm cannot install the packages.
    /// </summary>
    public static string EnsureInstalled(string package)
    {
        lock (Gate)
        {
            var modules = Path.Combine(VersionFolder, "node_modules");
            if (File.Exists(Path.Combine(modules, package, "package.json"))) return modules;
            var manifest = ToolInfo.NodeManifestFolder;
            if (!File.Exists(Path.Combine(manifest, "package-lock.json")))
                throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
                    $"The Node package '{package}' is not installed, and this build of the tool ships no package-lock.json to install it from.",
                    "Run from the repository after `npm ci`, or install the packed tool (dotnet pack src/Blog)."));
            Directory.CreateDirectory(Path.Combine(CacheRoot, "node"));
            using (InstallLock())
            {
                if (File.Exists(Path.Combine(modules, package, "package.json"))) return modules; // another process installed it meanwhile
                Install(manifest, VersionFolder);
            }
            if (!File.Exists(Path.Combine(modules, package, "package.json")))
                throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0, $"npm installed the tool's packages into {VersionFolder}, but not '{package}'.",
                    $"Delete {VersionFolder} and build again; report it if it happens again."));
            return modules;
        }
    }

    private static void Install(string manifest, string target)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, ".install-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(temp);
        try
        {
            File.Copy(Path.Combine(manifest, "package.json"), Path.Combine(temp, "package.json"));
            File.Copy(Path.Combine(manifest, "package-lock.json"), Path.Combine(temp, "package-lock.json"));
            Console.Error.WriteLine($"Installing MathJax, Pagefind and citeproc for blog {ToolInfo.Version} (once per tool version) into {target} …");
            var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--omit=dev", "--loglevel=error"])
            {
                WorkingDirectory = temp, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            Process process;
            try { process = Process.Start(start)!; }
            catch (Win32Exception)
            {
                throw new DiagnosticException(Diagnostic.Error("npm", 0, 0,
                    "The blog tool needs Node.js and npm to typeset math, format citations and index the search, and npm is not on PATH.",
                    "Install Node.js 20 or later with npm (https://nodejs.org, or `sudo apt install nodejs npm`), then run the command again."));
            }
            using (process)
            {
                // npm's own output, passed on as it comes so a slow download shows progress.
                process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("  npm: " + line); };
                var errors = new List<string>();
                process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { lock (errors) errors.Add(line); Console.Error.WriteLine("  npm: " + line); } };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                process.WaitForExit();
                if (process.ExitCode != 0)
                    throw new DiagnosticException(Diagnostic.Error("npm", 0, 0,
                        $"npm could not install the tool's Node packages (exit code {process.ExitCode}): {string.Join(" / ", errors.TakeLast(3))}",
                        "Check the network and the npm registry (`npm config get registry`; set npm_config_registry or an HTTPS proxy if needed), then run the command again. Nothing was left in the cache."));
            }
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true); // a folder without the package: replace it whole
            Directory.Move(temp, target);
            Console.Error.WriteLine("Installed.");
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>An exclusive lock on a file in the cache, waited for while another process installs.</summary>
    private static FileStream InstallLock()
    {
        var path = Path.Combine(CacheRoot, "node", ".install.lock");
        for (var waited = 0; ; waited++)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (waited < 1800)
            {
                if (waited == 0) Console.Error.WriteLine("Waiting for another blog process to finish installing the Node packages …");
                Thread.Sleep(1000);
            }
        }
    }

    private static string LockHash()
    {
        var lockFile = Path.Combine(ToolInfo.NodeManifestFolder, "package-lock.json");
        return File.Exists(lockFile) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockFile)))[..8] : "nolock";
    }
}
