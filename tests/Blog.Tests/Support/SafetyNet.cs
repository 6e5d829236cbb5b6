using System.Diagnostics;

namespace Blog.Tests.Support;

/// <summary>
/// How long a test waits for an event (a reload, a build, MathJax's startup promise, a process exit…)
/// before it reports that the event never came. It only turns a hang into a failure with a message:
/// a passing test returns as soon as its event arrives, so this is never a bound on how fast anything
/// must be. CI runs the suite on 2 loaded cores where a browser typesets a long post in tens of
/// seconds, so the net is wide; every wait in the tests uses this one value (never a figure of its own).
/// </summary>
public static class SafetyNet
{
    /// <summary>Two minutes (ten under a debugger, so a breakpoint does not fail the test).</summary>
    public static TimeSpan Wait { get; } = Debugger.IsAttached ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(2);

    /// <summary><see cref="Wait"/> in milliseconds, for Playwright options and JavaScript timers.</summary>
    public static int Milliseconds => (int)Wait.TotalMilliseconds;
}
