#!/usr/bin/env python3
"""Checks an imported and built blog (issue 23's held-back checks), one line per check, PASS or FAIL.

Usage: import-check.py KIND SOURCE SITE BUILD_EXIT_CODE
  KIND    jekyll | hugo | hexo | wordpress
  SOURCE  the source blog (folder, or the WXR file)
  SITE    the site that `blog import` wrote into and `blog build` built (output/ in it)

Checks:
  posts     every post the import wrote (input/posts/**) is a page in output/ (by its slug's folder)
  formulas  the import report has no formula difference, and each post's source count equals its imported count;
            the built pages hold at least as many math elements (class "math") as the import counted
  syntax    no '{%', '{{' or '{:' in the text of any output page outside pre, code, script, style
  links     the build passed (its link check resolves every internal link; errors fail the build)
  aliases   every alias in an imported post's front matter is a redirect page in output/ that points at an existing page;
            for Jekyll, each _posts/YYYY-MM-DD-slug's old address by the source's permalink (Jekyll's rules, read here
            independently of the importer) reaches a page
"""
import html.parser, os, re, sys, urllib.parse
import yaml

kind, source, site, build_rc = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
out = os.path.join(site, "output")
results = []

def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""))

def front_matter(path):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    return (yaml.safe_load(text[3:end]) or {}), text[end + 4:]

class Text(html.parser.HTMLParser):
    """The page's text outside code and math (pre, code, script, style, math, svg, mjx-*, class "math"), and its math elements."""
    SKIP = {"pre", "code", "script", "style", "textarea", "math", "svg"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.skip_at, self.parts, self.math, self.refresh = [], None, [], 0, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "math" in classes: self.math += 1
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh": self.refresh = a.get("content")
        if tag in self.VOID: return
        self.stack.append(tag)
        if self.skip_at is None and (tag in self.SKIP or tag.startswith("mjx-") or "math" in classes): self.skip_at = len(self.stack)
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID: self.handle_endtag(tag)
    def handle_endtag(self, tag):
        if tag not in self.stack: return
        while self.stack:
            if self.skip_at is not None and len(self.stack) <= self.skip_at: self.skip_at = None
            if self.stack.pop() == tag: break
    def handle_data(self, data):
        if self.skip_at is None: self.parts.append(data)

pages = {}
for root, _, files in os.walk(out):
    for f in files:
        if f.endswith(".html"):
            p = Text(); p.feed(open(os.path.join(root, f), encoding="utf-8", errors="replace").read())
            pages[os.path.relpath(os.path.join(root, f), out).replace(os.sep, "/")] = p

# Imported posts: the report's "Formulas per post" lines, "- SOURCE → WRITTEN: a → b".
report = open(os.path.join(site, "import-report.md"), encoding="utf-8").read()
rows = re.findall(r"^- (.+?) → (input/\S+): (\d+) → (\d+)$", report, re.M)
posts = [(s, w, int(a), int(b)) for s, w, a, b in rows if w.startswith("input/posts/")]

def page_of(written):
    fm, _ = front_matter(os.path.join(site, written))
    slug = fm.get("slug") or os.path.basename(os.path.dirname(written) if written.endswith("/index.md") else written[:-3])
    hits = [k for k, p in pages.items() if k.endswith("/" + slug + "/index.html") and p.refresh is None]
    return fm, hits

missing, drafts = [], 0
for s, w, a, b in posts:
    fm, hits = page_of(w)
    if fm.get("draft"): drafts += 1; continue
    if not hits: missing.append(w)
check("posts", not missing and build_rc == 0, f"{len(posts) - drafts - len(missing)} of {len(posts) - drafts} posts are pages ({drafts} drafts left out)"
      + (f"; no page for {missing[:5]}" if missing else ""))

differences = re.search(r"^## Formulas that differ.*\((\d+)\)", report, re.M)
unequal = [(s, a, b) for s, w, a, b in posts if a != b]
short = []
for s, w, a, b in posts:
    fm, hits = page_of(w)
    if hits and pages[hits[0]].math < b: short.append((w, pages[hits[0]].math, b))
total_a, total_b = sum(a for _, _, a, _ in posts), sum(b for _, _, _, b in posts)
check("formulas", not differences and not unequal and not short and not missing,
      f"{total_a} in the source, {total_b} imported, {sum(pages[page_of(w)[1][0]].math for _, w, _, _ in posts if page_of(w)[1])} math elements in the pages"
      + (f"; differences reported: {differences.group(1)}" if differences else "")
      + (f"; unequal: {unequal[:3]}" if unequal else "") + (f"; pages short of math: {short[:3]}" if short else ""))

left = [(k, m.group(0)) for k, p in pages.items() for m in [re.search(r"\{%|\{\{|\{:", "".join(p.parts))] if m]
check("syntax", not left, f"{len(pages)} pages" + (f"; left in {[k for k, _ in left[:5]]}" if left else ""))

check("links", build_rc == 0, "the build (and its link check) passed" if build_rc == 0 else f"the build exited {build_rc}")

lower = {k.lower(): p for k, p in pages.items()}

def target_of(alias):
    """The output file of a site path (percent-decoded, lower-cased: this site treats paths without case, as two pages may not differ in case only)."""
    key = urllib.parse.unquote(alias).lstrip("/").lower()
    if key == "" or key.endswith("/") or "." not in os.path.basename(key): key = key.rstrip("/") + "/index.html"
    return key

bad_alias, count = [], 0
for s, w, a, b in posts:
    fm, _ = front_matter(os.path.join(site, w))
    if fm.get("draft"): continue  # a draft is not built, nor are its redirect pages
    for alias in fm.get("aliases") or []:
        count += 1
        page = lower.get(target_of(alias))
        dest = page.refresh.split("url=", 1)[1] if page and page.refresh and "url=" in page.refresh else None
        if not dest or target_of(dest) not in lower: bad_alias.append(alias)

def jekyll_old_paths():
    cfg = yaml.safe_load(open(os.path.join(source, "_config.yml"), encoding="utf-8")) or {}
    pattern = cfg.get("permalink") or ((cfg.get("collections") or {}).get("posts") or {}).get("permalink") or "date"
    pattern = {"date": "/:categories/:year/:month/:day/:title:output_ext", "pretty": "/:categories/:year/:month/:day/:title/",
               "none": "/:categories/:title:output_ext"}.get(pattern, pattern)
    folder = os.path.join(source, "_posts")
    for root, _, files in os.walk(folder):
        for f in sorted(files):
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown)$", f)
            if not m: continue
            fm, _ = front_matter(os.path.join(root, f))
            if fm.get("permalink"): yield f, fm["permalink"]; continue
            if fm.get("date"):  # the front matter's date wins over the file name's (Jekyll's rule), as written
                written = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(fm["date"]))
                if written: m = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown)$", f"{int(written[1]):04}-{int(written[2]):02}-{int(written[3]):02}-{m.group(4)}.md")
            cats = fm.get("categories", fm.get("category")) or []
            if isinstance(cats, str): cats = cats.split()
            y, mo, d, title = m.groups()[:4]
            path = (pattern.replace(":categories", "/".join(str(c).lower().replace(" ", "-") for c in cats))
                    .replace(":year", y).replace(":month", mo).replace(":day", d).replace(":title", fm.get("slug") or title)
                    .replace(":output_ext", ".html"))
            yield f, re.sub("/+", "/", "/" + path)

unreached = []
if kind == "jekyll":
    for f, old in jekyll_old_paths():
        count += 1
        page = lower.get(target_of(old))
        if page is None: unreached.append(old); continue
        if page.refresh and target_of(page.refresh.split("url=", 1)[1]) not in lower: unreached.append(old)
check("aliases", not bad_alias and not unreached, f"{count} old addresses checked"
      + (f"; broken: {bad_alias[:5]}" if bad_alias else "") + (f"; old addresses that reach no page: {unreached[:5]}" if unreached else ""))
sys.exit(0 if all(results) else 1)
