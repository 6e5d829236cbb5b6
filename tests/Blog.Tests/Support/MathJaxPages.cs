using Microsoft.Playwright;

namespace Blog.Tests.Support;

/// <summary>Waiting for MathJax in a browser page: one way for every browser test.</summary>
public static class MathJaxPages
{
    /// <summary>
    /// Waits until the page's MathJax has finished its first typesetting (its startup promise settled), an
    /// event rather than a time: the wait fails only after <see cref="SafetyNet"/>, with the page's console.
    /// </summary>
    /// <returns>The number of <c>mjx-container</c> elements in the page once typeset.</returns>
    /// <exception cref="Xunit.Sdk.XunitException">MathJax never started, or its startup promise was rejected.</exception>
    public static async Task<int> WaitForTypesetAsync(this IPage page, IEnumerable<string>? console = null)
    {
        var options = new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds };
        string outcome;
        try
        {
            await page.WaitForFunctionAsync("() => !!window.MathJax?.startup?.promise", null, options);
            // evaluate() would wait for the promise with no limit at all: keep its outcome in the page and wait for that.
            await page.EvaluateAsync("""
                () => { if (window.__typesetOutcome === undefined)
                  MathJax.startup.promise.then(() => window.__typesetOutcome = 'done', e => window.__typesetOutcome = 'failed: ' + e); }
                """);
            await page.WaitForFunctionAsync("() => window.__typesetOutcome", null, options);
            outcome = await page.EvaluateAsync<string>("() => window.__typesetOutcome");
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"MathJax did not finish typesetting {page.Url} within {SafetyNet.Wait.TotalSeconds:0} s. Console:\n"
                + string.Join("\n", console ?? []));
        }
        if (outcome != "done") throw new Xunit.Sdk.XunitException($"MathJax's typesetting of {page.Url} {outcome}. Console:\n" + string.Join("\n", console ?? []));
        return await page.Locator("mjx-container").CountAsync();
    }
}
