#!/usr/bin/env python3
"""Pandoc's reading of each .docx fixture, as normalised facts for a
differential test of the Word importer.

For each fixture: pandoc -f docx -t commonmark_x --standalone, saved as
<name>.pandoc.md; that Markdown is then read back by pandoc
(-f commonmark_x -t json) and the facts are taken from the AST, so they are
exactly what pandoc's Markdown says, and <name>.pandoc.json is written:

  {"fixture", "pandoc_version", "ok", "exit_code", "stderr",
   "title", "headings": [{"level", "text"}],
   "paragraphs": [{"kind": heading|body|quote|list_item|table_cell, "text"}],
   "list_items": [{"text", "depth", "ordered"}],
   "tables": [{"header": [...], "rows": [[...]]}],
   "notes": [text, ...]          (footnotes and endnotes together, in order of reference)
   "links": [{"text", "target"}], "images": [{"src", "alt"}],
   "quotes": [text, ...]}

Text normalisation (apply the same to the importer's side): notes removed
from the text they are in, images contribute nothing, a hard line break is
"\\n", soft breaks and runs of spaces are one space, each line stripped.

Usage:
    python3 tests/docx/pandoc_reference.py                 # the fixtures, into tests/fixtures/docx/
    python3 tests/docx/pandoc_reference.py --out DIR FILE... # any .docx (e.g. /work/pandoc-docx/*.docx)
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

import pypandoc

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "tests", "fixtures", "docx")
PANDOC = pypandoc.get_pandoc_path()


def version():
    out = subprocess.run([PANDOC, "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0].split()[-1]


def norm(s):
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in s.split("\n")]
    return "\n".join(lines).strip()


def inl(xs):
    out = []
    for x in xs:
        t, c = x["t"], x.get("c")
        if t == "Str":
            out.append(c)
        elif t in ("Space", "SoftBreak"):
            out.append(" ")
        elif t == "LineBreak":
            out.append("\n")
        elif t in ("Emph", "Strong", "Strikeout", "Underline", "SmallCaps", "Superscript", "Subscript"):
            out.append(inl(c))
        elif t == "Span":
            out.append(inl(c[1]))
        elif t == "Link":
            out.append(inl(c[1]))
        elif t == "Quoted":
            q = ("\u201c", "\u201d") if c[0]["t"] == "DoubleQuote" else ("\u2018", "\u2019")
            out.append(q[0] + inl(c[1]) + q[1])
        elif t == "Cite":
            out.append(inl(c[1]))
        elif t in ("Code", "Math"):
            out.append(c[1])
        # Note, Image, RawInline: nothing
    return "".join(out)


class Facts:
    def __init__(self):
        self.f = dict(title=None, headings=[], paragraphs=[], list_items=[], tables=[], notes=[],
                      links=[], images=[], quotes=[])

    def inlines_meta(self, xs):
        for x in xs:
            t, c = x["t"], x.get("c")
            if t == "Note":
                self.f["notes"].append(norm("\n\n".join(self.note_text(b) for b in c)))
            elif t == "Link":
                self.f["links"].append(dict(text=norm(inl(c[1])), target=c[2][0]))
                self.inlines_meta(c[1])
            elif t == "Image":
                alt = norm(inl(c[1]))
                self.f["images"].append(dict(src=c[2][0], alt=alt or None))
            elif t in ("Emph", "Strong", "Strikeout", "Underline", "SmallCaps", "Superscript", "Subscript", "Quoted"):
                self.inlines_meta(c if t not in ("Quoted",) else c[1])
            elif t == "Span":
                self.inlines_meta(c[1])

    def note_text(self, b):
        if b["t"] in ("Para", "Plain"):
            return inl(b["c"])
        return ""

    def para(self, kind, xs):
        self.f["paragraphs"].append(dict(kind=kind, text=norm(inl(xs))))
        self.inlines_meta(xs)

    def blocks(self, bs, ctx="body", depth=-1, ordered=None):
        for b in bs:
            t, c = b["t"], b.get("c")
            if t == "Header":
                self.f["headings"].append(dict(level=c[0], text=norm(inl(c[2]))))
                self.para("heading", c[2])
            elif t in ("Para", "Plain"):
                self.para(ctx, c)
                if ctx == "quote":
                    self.f["quotes"].append(norm(inl(c)))
            elif t == "LineBlock":
                self.para(ctx, [y for line in c for y in line + [{"t": "LineBreak"}]][:-1])
            elif t == "BlockQuote":
                self.blocks(c, "quote", depth, ordered)
            elif t in ("BulletList", "OrderedList"):
                items = c if t == "BulletList" else c[1]
                for item in items:
                    first = True
                    for ib in item:
                        if first and ib["t"] in ("Para", "Plain"):
                            self.f["list_items"].append(dict(text=norm(inl(ib["c"])), depth=depth + 1,
                                                             ordered=t == "OrderedList"))
                            self.para("list_item", ib["c"])
                            first = False
                        else:
                            self.blocks([ib], ctx, depth + 1, t == "OrderedList")
            elif t == "Table":
                self.table(c)
            elif t == "Div":
                self.blocks(c[1], ctx, depth, ordered)
            elif t == "Figure":
                self.blocks(c[2], ctx, depth, ordered)
            elif t == "RawBlock" and c[0] == "html" and "<table" in c[1]:
                # commonmark_x cannot say a merged cell, so pandoc writes the
                # table as raw HTML: read that HTML with pandoc for its cells
                html_ast = json.loads(subprocess.run([PANDOC, "-f", "html", "-t", "json"], input=c[1],
                                                     capture_output=True, text=True, check=True).stdout)
                self.blocks(html_ast["blocks"], ctx, depth, ordered)
            elif t == "CodeBlock":
                self.f["paragraphs"].append(dict(kind="code", text=c[1]))

    def table(self, c):
        def cells(row):
            out = []
            for cell in row[1]:
                texts = []
                for b in cell[4]:
                    if b["t"] in ("Para", "Plain"):
                        texts.append(norm(inl(b["c"])))
                        self.para("table_cell", b["c"])
                out.append("\n\n".join(texts))
            return out
        head = c[3][1]
        header = cells(head[0]) if head else []
        rows = [cells(r) for body in c[4] for r in body[2] + body[3]]
        self.f["tables"].append(dict(header=header, rows=rows))


def reference(path, outdir):
    name = os.path.splitext(os.path.basename(path))[0]
    md_path = os.path.join(outdir, name + ".pandoc.md")
    r = subprocess.run([PANDOC, "-f", "docx", "-t", "commonmark_x", "--standalone", "--wrap=none", path],
                       capture_output=True, text=True, timeout=120)
    res = dict(fixture=os.path.basename(path), pandoc_version=version(), ok=r.returncode == 0,
               exit_code=r.returncode, stderr=r.stderr.strip().splitlines())
    if r.returncode == 0:
        with open(md_path, "w") as f:
            f.write(r.stdout)
        ast = json.loads(subprocess.run([PANDOC, "-f", "commonmark_x", "-t", "json"], input=r.stdout,
                                        capture_output=True, text=True, check=True).stdout)
        facts = Facts()
        meta_title = ast["meta"].get("title")
        if meta_title:
            facts.f["title"] = norm(inl(meta_title["c"]) if meta_title["t"] == "MetaInlines"
                                    else inl(meta_title["c"][0]["c"]))
        facts.blocks(ast["blocks"])
        res.update(facts.f)
    elif os.path.exists(md_path):
        os.remove(md_path)
    with open(os.path.join(outdir, name + ".pandoc.json"), "w") as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(FIXTURES, "*.docx")) + glob.glob(os.path.join(FIXTURES, "*.docm")))
    outdir = a.out or FIXTURES
    os.makedirs(outdir, exist_ok=True)
    for p in files:
        res = reference(p, outdir)
        print("%-28s %s" % (os.path.basename(p), "ok" if res["ok"] else "error %d: %s" % (res["exit_code"], " ".join(res["stderr"])[:100])))


if __name__ == "__main__":
    main()
