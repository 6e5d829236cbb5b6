// The tests drive Debian's Chromium, set Unix file modes and start Linux processes: they run on Linux
// only, as the tool's Node packages (Pagefind's linux-x64 binary) do.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
