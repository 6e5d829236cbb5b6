using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Blog.Computing;

/// <summary>
/// The element names of the tuples a unit's final expression yields, such as <c>n</c> and
/// <c>mean</c> in <c>xs.Select(x => (n: x, mean: …))</c>. The compiler erases them from the
/// running value, so they are read from the expression's static type in the script's compilation;
/// they head the columns of the table shown instead of Item1, Item2….
/// </summary>
internal static class TupleElementNames
{
    /// <summary>The names, or null when the final expression is not a sequence of tuples with at least one named element.</summary>
    public static IReadOnlyList<string>? Of(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax unit) return null;
        // The value of a script is its last statement when that is an expression without a semicolon.
        if (unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
            return null;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        var element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol named => Enumerable(named) ?? named.AllInterfaces.Select(Enumerable).FirstOrDefault(e => e is not null),
            _ => null,
        };
        if (element is not INamedTypeSymbol { IsTupleType: true } tuple) return null;
        var names = tuple.TupleElements.Select(e => e.Name).ToList();
        return names.Where((n, i) => n != $"Item{i + 1}").Any() ? names : null;
    }

    private static ITypeSymbol? Enumerable(INamedTypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? type.TypeArguments[0] : null;
}
