// Generates N synthetic Chinese math posts for the benchmark, deterministically (fixed seed),
// laid out for three generators: ours (input/posts + statiq.json), Hugo and Jekyll.
//
//   dotnet run bench/GenerateCorpus.cs -- --posts 1000 --out bench/work/corpus
//   dotnet run bench/GenerateCorpus.cs -- --posts 1000 --out bench/work/corpus --repeat 0.6
//
// --repeat P (0..1): formulas repeat like a real blog's. Each inline formula outside code is, with
// probability P, replaced by one of a small shared set ($x$, $n$, $\theta$, $\mathbb{E}[X]$, …) and
// otherwise made unique to its post and place, so P is the share of inline formulas drawn from the
// shared set. The replacements use their own generator (seeded from --seed and the post number), so
// everything else is the same as without --repeat. Without it: today's corpus, unchanged.
//
// Every post has the same body for all three tools; only the file name, the folder and
// (for Hugo/Jekyll) the site configuration and layouts differ.

using System.Globalization;
using System.Text;

int posts = 1000;
string outDir = "bench/work/corpus";
int seed = 20200116;
double? repeat = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--posts": posts = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": outDir = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--repeat": repeat = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; usage: --posts N --out DIR [--seed S] [--repeat P]");
            return 2;
    }
}
if (posts < 1 || posts > 99999) { Console.Error.WriteLine("--posts must be 1..99999"); return 2; }
if (repeat is < 0 or > 1) { Console.Error.WriteLine("--repeat must be 0..1"); return 2; }

outDir = Path.GetFullPath(outDir);
if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);

var ours = Path.Combine(outDir, "ours");
var hugo = Path.Combine(outDir, "hugo");
var jekyll = Path.Combine(outDir, "jekyll");
var oursPosts = Dir(ours, "input", "posts");
var hugoPosts = Dir(hugo, "content", "posts");
var jekyllPosts = Dir(jekyll, "_posts");

var rng = new Random(seed);
var start = new DateTime(2020, 1, 16);
long chars = 0;
for (int n = 1; n <= posts; n++)
{
    var post = Corpus.Post(rng, n, start.AddDays(n - 1));
    if (repeat is { } share) post = post with { Body = Repeats.Apply(post.Body, share, new Random(HashCode.Combine(seed, n) & 0x7fffffff), n) };
    chars += post.Body.Length;
    var text = post.FrontMatter + post.Body;
    Write(Path.Combine(oursPosts, $"{post.Slug}.md"), text);
    Write(Path.Combine(hugoPosts, $"{post.Slug}.md"), text);
    Write(Path.Combine(jekyllPosts, $"{post.Date:yyyy-MM-dd}-{post.Slug}.md"), text);
}

Write(Path.Combine(ours, "statiq.json"), "{ \"title\": \"Bench\", \"baseUrl\": \"http://localhost/\" }\n");
foreach (var (path, content) in Sites.Hugo) Write(Path.Combine(hugo, path), content);
foreach (var (path, content) in Sites.Jekyll) Write(Path.Combine(jekyll, path), content);

Console.WriteLine($"{posts} posts, {chars / posts} characters of body on average, in {outDir}");
return 0;

static string Dir(params string[] parts)
{
    var path = Path.Combine(parts);
    Directory.CreateDirectory(path);
    return path;
}

static void Write(string path, string content)
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, content.Replace("\r\n", "\n"), new UTF8Encoding(false));
}

record Post(string Slug, DateTime Date, string FrontMatter, string Body);

static class Corpus
{
    static readonly string[] Tags = ["概率", "几何", "数论", "分析", "代数", "组合", "线性代数", "微分方程", "信息论", "优化", "统计", "拓扑"];
    static readonly string[] Categories = ["数学研究", "信息时代", "物理化学", "杂谈"];
    static readonly string[] Headings = ["问题的提出", "基本思路", "一个引理", "主要结果", "推导过程", "数值验证", "几何解释", "推广与讨论", "另一种证明", "小结"];

    static readonly string[] Sentences =
    [
        "考虑函数 $f(x) = x^2 + {0}x + 1$ 在区间 $[0, {1}]$ 上的性质，它显然是连续的。",
        "设 $a^*$ 和 $b^*$ 分别是两个问题的最优解，我们希望比较它们的大小。",
        "记 $S_n = \\sum_{{k=1}}^{{n}} k^{0}$，则当 $n \\to \\infty$ 时有 $S_n \\sim \\frac{{n^{{{0}+1}}}}{{{0}+1}}$。",
        "由柯西不等式，$\\left(\\sum a_i b_i\\right)^2 \\le \\sum a_i^2 \\sum b_i^2$，等号成立当且仅当两组数成比例。",
        "集合 $\\{{x \\mid x > {0}\\}}$ 是开集，而它的闭包是 $[{0}, +\\infty)$。",
        "这里的期望 $\\mathbb{{E}}[X] = {0}$，方差 $\\operatorname{{Var}}(X) = {1}$，这是后面计算的基础。",
        "注意到 $x_1 + x_2 = {0}$ 且 $x_1 x_2 = {1}$，于是由韦达定理可以写出二次方程。",
        "当 $\\alpha > {0}$ 时，积分 $\\int_0^1 t^{{\\alpha - 1}} \\, dt = \\frac{{1}}{{\\alpha}}$ 收敛。",
        "矩阵 $A$ 的特征值满足 $\\det(A - \\lambda I) = 0$，而迹等于特征值之和 ${1}$。",
        "我们不妨假设 $n \\ge {0}$，否则结论是平凡的，读者可以自行验证。",
        "很多读者会问，这样的构造是否唯一？答案是否定的，下面给出一个反例。",
        "从直观上看，这个结果并不令人意外，但严格的证明需要一点技巧。",
        "这个思路最早见于一篇旧文，这里我们用更现代的语言重新叙述一遍。",
        "记号 $[a](b)$ 在这里表示区间的某种变体，请不要把它和链接混淆。",
        "价格从 \\$5 涨到了 \\$8，这与本文的数学无关，只是一个字面的美元符号。",
    ];

    static readonly string[] Displays =
    [
        "$$\n\\begin{{array}}{{cc}}\n{0} & 1 \\\\\n1 & {1}\n\\end{{array}}\n$$",
        "$$\n\\int_{{-\\infty}}^{{+\\infty}} e^{{-{0} x^2}} \\, dx = \\sqrt{{\\frac{{\\pi}}{{{0}}}}}\n$$",
        "$$\nf(x) = \\left\\{{\\begin{{aligned}} &x^{0}, & x \\ge 0 \\\\ &-x^{1}, & x < 0 \\end{{aligned}}\\right.\n$$",
        "$$\n\\sum_{{n=1}}^{{\\infty}} \\frac{{1}}{{n^{{{0}}}}} < \\infty \\quad (\\text{{当}}\\ {0} > 1)\n$$",
    ];

    public static Post Post(Random rng, int n, DateTime date)
    {
        var slug = $"post-{n:D4}";
        var tags = Pick(rng, Tags, 2);
        var category = Categories[rng.Next(Categories.Length)];
        var summary = $"这是第 {n} 篇合成文章，用于测量静态网站生成器在数学博客上的速度。";
        var fm = new StringBuilder()
            .Append("---\n")
            .Append($"title: 合成文章 {n:D4}\n")
            .Append($"date: {date:yyyy-MM-dd}\n")
            .Append("author: 测试\n")
            .Append($"tags: [{string.Join(", ", tags)}]\n")
            .Append($"categories: [{category}]\n")
            .Append($"summary: {summary}\n")
            .Append($"slug: {slug}\n")
            .Append("---\n\n")
            .ToString();

        var b = new StringBuilder();
        var heads = Pick(rng, Headings, 4);
        b.Append(Paragraph(rng, 3)).Append("\n\n");

        b.Append($"## {heads[0]}\n\n").Append(Paragraph(rng, 3)).Append("\n\n");
        b.Append(Fill(Displays[rng.Next(Displays.Length)], rng)).Append("\n\n");
        int k = rng.Next(2, 9);
        b.Append("我们有\n\\begin{equation}\n")
         .Append($"\\left(\\sum_{{i=1}}^{{n}} x_i\\right)^{k} \\le n^{{{k - 1}}} \\sum_{{i=1}}^{{n}} x_i^{k} \\label{{eq:a}}\n")
         .Append("\\end{equation}\n以及\n\\begin{equation}\n")
         .Append($"\\|x\\|_{k} = \\Big(\\sum_i |x_i|^{k}\\Big)^{{1/{k}}} \\label{{eq:b}}\n")
         .Append("\\end{equation}\n")
         .Append("由 $\\eqref{eq:a}$ 与 \\eqref{eq:b} 立即得到所需的估计。\n\n");

        b.Append($"## {heads[1]}\n\n").Append(Paragraph(rng, 2)).Append("\n\n");
        b.Append("| $n$ | $n^2$ | $2^n$ | 备注 |\n|---|---|---|---|\n");
        for (int r = 0; r < 4; r++)
        {
            int v = rng.Next(1, 20);
            b.Append($"| {v} | {v * v} | {1L << v} | {(v % 2 == 0 ? "偶数" : "奇数")} |\n");
        }
        b.Append('\n');

        b.Append($"## {heads[2]}\n\n").Append(Paragraph(rng, 2)).Append("\n\n");
        b.Append("```python\n")
         .Append("import numpy as np\n\n")
         .Append($"def f(x, a={rng.Next(1, 10)}):\n")
         .Append("    # price in $, not math: $x$\n")
         .Append("    return np.sum(x ** a) / len(x)\n\n")
         .Append($"print(f(np.arange({rng.Next(10, 1000)})))\n")
         .Append("```\n\n");

        b.Append($"## {heads[3]}\n\n").Append(Paragraph(rng, 2)).Append("\n\n");
        for (int i = 1; i <= 3; i++)
            b.Append($"{i}. {Sentence(rng)}\n");
        b.Append('\n').Append(Paragraph(rng, 2)).Append('\n');
        return new Post(slug, date, fm, b.ToString());
    }

    static string Paragraph(Random rng, int sentences)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) sb.Append(Sentence(rng));
        return sb.ToString();
    }

    static string Sentence(Random rng) => Fill(Sentences[rng.Next(Sentences.Length)], rng);

    static string Fill(string template, Random rng) =>
        string.Format(CultureInfo.InvariantCulture, template, rng.Next(2, 10), rng.Next(2, 10));

    static string[] Pick(Random rng, string[] from, int count)
    {
        var copy = (string[])from.Clone();
        for (int i = 0; i < count; i++)
        {
            int j = rng.Next(i, copy.Length);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy[..count];
    }
}

/// <summary>The --repeat mode: inline formulas drawn from a small shared set, the rest unique.</summary>
static class Repeats
{
    // Formulas that recur across a real math blog's posts.
    static readonly string[] Shared =
    [
        "x", "n", "\\theta", "f(x)", "\\mathbb{E}[X]", "\\alpha", "\\beta", "\\lambda", "x_i", "n \\to \\infty",
        "\\mathbb{R}^n", "\\varepsilon > 0", "A", "k", "\\sum_i x_i", "\\int_0^1 f(x)\\,dx", "p(x)", "\\sigma^2", "\\mu",
        "O(n^2)", "\\log n", "e^x", "a_n", "\\|x\\|", "\\nabla f", "\\frac{1}{2}", "X", "Y", "t", "\\mathcal{N}(0,1)",
    ];

    // An inline $…$ that is not $$, not an escaped \$, on one line.
    static readonly System.Text.RegularExpressions.Regex Inline = new(@"(?<![\\$])\$(?!\$)([^$\n]+?)\$(?!\$)");

    public static string Apply(string body, double share, Random rng, int post)
    {
        var lines = body.Split('\n');
        var inCode = false;
        var k = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal)) { inCode = !inCode; continue; }
            if (inCode) continue;
            lines[i] = Inline.Replace(lines[i], m =>
            {
                if (m.Groups[1].Value.Contains("\\eqref", StringComparison.Ordinal)) return m.Value; // a reference, not a formula to vary
                k++;
                return rng.NextDouble() < share
                    ? "$" + Shared[rng.Next(Shared.Length)] + "$"
                    : "$" + m.Groups[1].Value + " + c_{" + post.ToString(CultureInfo.InvariantCulture) + "," + k.ToString(CultureInfo.InvariantCulture) + "}$";
            });
        }
        return string.Join('\n', lines);
    }
}

static class Sites
{
    const string MathJax = "<script>window.MathJax = { tex: { inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], tags: 'ams' } };</script>\n" +
                           "<script defer src=\"/assets/mathjax/tex-mml-chtml.js\"></script>";

    public static readonly (string Path, string Content)[] Hugo =
    [
        ("config.toml", """
            baseURL = "http://localhost/"
            languageCode = "zh-cn"
            title = "Bench"
            paginate = 10
            rssLimit = 20
            hasCJKLanguage = true
            disableKinds = ["section"]

            [permalinks]
              posts = "/posts/:slug/"

            [taxonomies]
              tag = "tags"
              category = "categories"

            [outputs]
              home = ["HTML", "RSS"]
              taxonomy = ["HTML"]
              term = ["HTML"]

            [markup.goldmark.renderer]
              unsafe = true
            """),
        ("layouts/_default/baseof.html", $$$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{{ if not .IsHome }}{{ .Title }} - {{ end }}{{ .Site.Title }}</title>
            {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
            {{{MathJax}}}
            </head>
            <body>
            <header><a href="/">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article data-pagefind-body>
            <h1>{{ .Title }}</h1>
            <p><time>{{ .Date.Format "2006-01-02" }}</time> · {{ .Params.author }}
            {{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
            {{ .Content }}
            </article>
            {{ end }}
            """),
        ("layouts/partials/postlist.html", """
            {{ range . }}
            <article>
            <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p><time>{{ .Date.Format "2006-01-02" }}</time> {{ range .Params.tags }}<span>{{ . }}</span> {{ end }}</p>
            <p>{{ .Params.summary }}</p>
            </article>
            {{ end }}
            """),
        ("layouts/index.html", """
            {{ define "main" }}
            {{ $pag := .Paginate (where .Site.RegularPages "Section" "posts") }}
            {{ partial "postlist.html" $pag.Pages }}
            <nav>{{ if $pag.HasPrev }}<a href="{{ $pag.Prev.URL }}">上一页</a>{{ end }} {{ if $pag.HasNext }}<a href="{{ $pag.Next.URL }}">下一页</a>{{ end }}</nav>
            {{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ partial "postlist.html" .Pages }}
            {{ end }}
            """),
        ("layouts/_default/taxonomy.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
            {{ end }}
            """),
        ("layouts/_default/term.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ partial "postlist.html" .Pages }}
            {{ end }}
            """),
    ];

    public static readonly (string Path, string Content)[] Jekyll =
    [
        ("_config.yml", """
            title: Bench
            url: "http://localhost"
            baseurl: ""
            lang: zh-CN
            markdown: kramdown
            kramdown:
              input: GFM
              hard_wrap: false
            permalink: /posts/:slug/
            paginate: 10
            paginate_path: /page/:num/
            feed:
              posts_limit: 20
            plugins:
              - jekyll-paginate
              - jekyll-feed
              - jekyll-sitemap
              - jekyll-archives
            jekyll-archives:
              enabled: [tags, categories]
              layout: term
              permalinks:
                tag: /tags/:name/
                category: /categories/:name/
            defaults:
              - scope: { path: "", type: posts }
                values: { layout: post }
            exclude: [Gemfile, Gemfile.lock]
            """),
        ("_layouts/default.html", $$$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{% if page.title %}{{ page.title }} - {% endif %}{{ site.title }}</title>
            {% feed_meta %}
            {{{MathJax}}}
            </head>
            <body>
            <header><a href="{{ "/" | relative_url }}">{{ site.title }}</a></header>
            <main>{{ content }}</main>
            </body>
            </html>
            """),
        ("_layouts/post.html", """
            ---
            layout: default
            ---
            <article>
            <h1>{{ page.title }}</h1>
            <p><time>{{ page.date | date: "%Y-%m-%d" }}</time> · {{ page.author }}
            {% for tag in page.tags %}<a href="{{ "/tags/" | relative_url }}{{ tag | slugify }}/">{{ tag }}</a> {% endfor %}</p>
            {{ content }}
            </article>
            """),
        ("_includes/postlist.html", """
            {% for post in include.posts %}
            <article>
            <h2><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h2>
            <p><time>{{ post.date | date: "%Y-%m-%d" }}</time> {% for tag in post.tags %}<span>{{ tag }}</span> {% endfor %}</p>
            <p>{{ post.summary }}</p>
            </article>
            {% endfor %}
            """),
        ("_layouts/term.html", """
            ---
            layout: default
            ---
            <h1>{{ page.title }}</h1>
            {% include postlist.html posts=page.posts %}
            """),
        ("index.html", """
            ---
            layout: default
            ---
            {% include postlist.html posts=paginator.posts %}
            <nav>{% if paginator.previous_page %}<a href="{{ paginator.previous_page_path | relative_url }}">上一页</a>{% endif %} {% if paginator.next_page %}<a href="{{ paginator.next_page_path | relative_url }}">下一页</a>{% endif %}</nav>
            """),
    ];
}
