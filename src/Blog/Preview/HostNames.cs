using System.Net;

namespace Blog.Preview;

/// <summary>
/// The Host names the preview answers: IP addresses (the configured <c>--host</c>, loopback, a LAN
/// address when bound to all interfaces) and the loopback names <c>localhost</c> and
/// <c>*.localhost</c> (RFC 6761). Any other name is refused: a page on another site can point its
/// own domain name at 127.0.0.1 ("DNS rebinding") and would otherwise read the preview as same-origin.
/// </summary>
public static class HostNames
{
    /// <param name="host">The Host header's name, without the port (Kestrel's <c>HostString.Host</c>).</param>
    public static bool IsAllowed(string host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var literal = name.StartsWith('[') && name.EndsWith(']') ? name[1..^1] : name;
        return IPAddress.TryParse(literal, out _) && (literal.Contains(':') || literal.Count(c => c == '.') == 3);
    }
}
