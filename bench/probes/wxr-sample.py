#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2, the documented format of Tools -> Export) of a math blog, for
bench/probes/import-check.sh wordpress FILE: no public export with math was found to try the importer on.

Usage: wxr-sample.py OUT.xml [POSTS]   (default 40 posts)

The posts are written as WordPress stores them: the classic editor's blank-line paragraphs and Gutenberg's
<!-- wp:… --> block comments, WP LaTeX's [latex]…[/latex] (with size parameters), Jetpack's $latex …&s=2&bg=…$
(with & stored as &amp; by the editor), a MathJax plugin's $…$, $$…$$, \\(…\\) and \\[…\\], [caption] shortcodes, tables
with formulas, <pre class="brush: …"> code, attachments, a page, a draft, a private post, a trashed post, dates in
+08:00 with their GMT twins, categories and tags with nicenames, and links between posts by their old addresses.
Prints the number of formulas it meant to write; a MathJax plugin that reads $…$ also takes "$5 to $" for one.
"""
import random, sys
from xml.sax.saxutils import escape

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
rng = random.Random(23)
site = "https://mathnotes.example.org"
formulas = 0

def latex(tex):
    global formulas; formulas += 1
    return rng.choice([f"[latex]{tex}[/latex]", f'[latex size="2"]{tex}[/latex]', f"$latex {tex.replace('&', '&amp;')}&s=1&bg=ffffff&fg=000000$", f"$latex {tex}$"])

def mathjax(tex, display=False):
    global formulas; formulas += 1
    if display: return rng.choice([f"$${tex}$$", f"\\[{tex}\\]"])
    return rng.choice([f"${tex}$", f"\\({tex}\\)"])

TEX = [r"\int_0^1 x^n\,dx = \frac{1}{n+1}", r"e^{i\pi} + 1 = 0", r"\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}",
       r"a^2 + b^2 = c^2", r"\lim_{x\to 0} \frac{\sin x}{x} = 1", r"\|x\|_2 \le \sqrt{n}\,\|x\|_\infty", r"p < q",
       r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", r"\mathbb{E}[X] = \sum_x x\,p(x)", r"\binom{n}{k}"]

def body(i, slugs):
    parts = []
    gutenberg = i % 3 == 0
    for p in range(rng.randint(4, 9)):
        tex = rng.choice(TEX)
        kind = rng.random()
        if kind < 0.35: text = f"We use {latex(tex)} here, and the price was $5 to $20."
        elif kind < 0.6: text = f"By the plugin's rule, {mathjax(tex)} holds for every <em>n</em> &amp; more."
        elif kind < 0.75: text = f"Hence\n\n{mathjax(tex, display=True)}\n\nwhich ends the proof."
        elif kind < 0.85 and slugs: text = f'See <a href="{site}/{slugs[rng.randrange(len(slugs))]}/">an earlier post</a> and <strong>{latex(tex)}</strong>.'
        elif kind < 0.92: text = f'[caption id="attachment_{100+i}" align="aligncenter" width="300"]<img class="size-medium wp-image-{100+i}" src="{site}/wp-content/uploads/2014/0{1+i%9}/fig{i}.png" alt="figure {i}" width="300" height="200" /> Figure {i}: {latex(tex)}[/caption]'
        else: text = f'<table class="wp-table"><tr><td>case</td><td>{latex(tex)}</td></tr><tr><td>$10</td><td>{mathjax(tex)}</td></tr></table>'
        if gutenberg and not text.startswith(("<table", "[caption", "Hence")):
            parts.append(f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->")
        else:
            parts.append(text)
    if i % 5 == 0:
        parts.append('<pre class="brush: python; title: ; notranslate">cost = "$5"  # not $math$\nprint(cost)</pre>')
    if i % 4 == 0: parts.insert(1, "<!--more-->")
    return "\n\n".join(parts)

items, slugs = [], []
for i in range(count):
    y, m, d = 2012 + i // 12, 1 + i % 12, 1 + (i * 7) % 28
    slug = f"note-{i}-{rng.choice(['integrals', 'series', 'primes', 'matrices', 'limits'])}"
    status = "draft" if i == 5 else "private" if i == 7 else "trash" if i == 9 else "publish"
    content = body(i, list(slugs))
    if status == "publish": slugs.append(f"{y}/{m:02}/{d:02}/{slug}")
    cats = "".join(f'<category domain="category" nicename="{c.lower()}"><![CDATA[{c}]]></category>' for c in rng.sample(["Analysis", "Algebra", "Number Theory"], 1))
    tags = "".join(f'<category domain="post_tag" nicename="{t}"><![CDATA[{t}]]></category>' for t in rng.sample(["calculus", "proof", "exercise", "linear-algebra"], 2))
    items.append(f"""	<item>
		<title>{escape(f"Note {i}: on {slug.split('-')[-1]} & more")}</title>
		<link>{site}/{y}/{m:02}/{d:02}/{slug}/</link>
		<pubDate>Mon, {d:02} Jan {y} 08:30:00 +0000</pubDate>
		<dc:creator><![CDATA[admin]]></dc:creator>
		<guid isPermaLink="false">{site}/?p={1000+i}</guid>
		<description></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>{1000+i}</wp:post_id>
		<wp:post_date><![CDATA[{y}-{m:02}-{d:02} 16:30:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[{y}-{m:02}-{d:02} 08:30:00]]></wp:post_date_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:post_name><![CDATA[{slug}]]></wp:post_name>
		<wp:status><![CDATA[{status}]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
		{cats}{tags}
		<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
	</item>""")
    items.append(f"""	<item>
		<title>fig{i}</title>
		<link>{site}/{y}/{m:02}/{d:02}/{slug}/fig{i}/</link>
		<wp:post_id>{100+i}</wp:post_id>
		<wp:post_date_gmt><![CDATA[{y}-{m:02}-{d:02} 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[fig{i}]]></wp:post_name>
		<wp:status><![CDATA[inherit]]></wp:status>
		<wp:post_parent>{1000+i}</wp:post_parent>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<wp:attachment_url><![CDATA[{site}/wp-content/uploads/2014/0{1+i%9}/fig{i}.png]]></wp:attachment_url>
	</item>""")
epsilon = latex(r"\varepsilon > 0")
about = f"""	<item>
		<title>About</title>
		<link>{site}/about/</link>
		<dc:creator><![CDATA[admin]]></dc:creator>
		<content:encoded><![CDATA[<h2>Who</h2>

Notes on analysis, with {epsilon} everywhere.]]></content:encoded>
		<wp:post_id>2</wp:post_id>
		<wp:post_date_gmt><![CDATA[2011-12-31 00:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[about]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[page]]></wp:post_type>
	</item>"""
newline = "\n"
with open(out, "w", encoding="utf-8") as f:
    f.write(f"""<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Math Notes</title>
	<link>{site}</link>
	<description>Notes on mathematics</description>
	<pubDate>Tue, 08 Dec 2026 01:00:00 +0000</pubDate>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>{site}</wp:base_site_url>
	<wp:base_blog_url>{site}</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[admin]]></wp:author_login><wp:author_display_name><![CDATA[A. Mathematician]]></wp:author_display_name></wp:author>
	<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[analysis]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Analysis]]></wp:cat_name></wp:category>
	<generator>https://wordpress.org/?v=6.4.2</generator>
{about}
{newline.join(items)}
</channel>
</rss>
""")
print(f"{out}: {count} posts, {formulas} formulas written as formulas")
