#!/usr/bin/env python3
"""(Re)generate every .docx fixture of the Word importer, and its manifest.

Each document is described once, as a list of blocks (SOURCE DATA below).
The same blocks are rendered into the document (python-docx, a flat ODT or
HTML converted by LibreOffice, or a hand-made zip) and into the manifest
tests/fixtures/docx/<name>.json.  A manifest is never read back from a
document; the only thing read back is a self-check (count of body
paragraphs and of media parts) that fails the script if the rendering and
the manifest disagree.

Usage:
    python3 tests/docx/make_fixtures.py            # all fixtures
    python3 tests/docx/make_fixtures.py --bomb OUT # write the zip bomb to OUT
                                                   # (>1 GiB inflated, ~1 MiB; not committed)
Needs: python-docx, msoffcrypto-tool (venv), LibreOffice (soffice) on PATH.
"""
import argparse
import copy
import datetime
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "fixtures", "docx")
FIXED_DATE = datetime.datetime(2026, 1, 1, 0, 0, 0)
VML = ' xmlns:v="urn:schemas-microsoft-com:vml"'
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# --------------------------------------------------------------------------
# Tiny PNGs, generated (no binary committed as a source).


def png(width, height, rgb):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


IMAGES = {
    "cell-plan.png": png(8, 6, (40, 90, 160)),
    "yard.png": png(6, 6, (60, 140, 60)),
    "evil.png": png(2, 2, (200, 0, 0)),
    "ole-preview.png": png(4, 4, (128, 128, 128)),
}

# --------------------------------------------------------------------------
# SOURCE DATA.  Inline content is a list of runs: a str, or a dict
#   {"t": text, "b": bold, "i": italic, "s": strike, "br": True (line break),
#    "lang": "cy-GB", "color": "C00000", "hl": "yellow",
#    "link": "https://..." or "#bookmark", "fn": footnote text, "en": endnote text,
#    "ins": True (tracked insertion), "del": True (tracked deletion),
#    "comment": comment text, "img": name, "alt": alt text or None,
#    "textbox": text, "shape": True, "chart": True}
# Blocks:
#   ("title", runs) ("h", level, runs, bookmark) ("p", runs) ("quote", style, runs)
#   ("list", ordered, [(depth, runs), ...], restart) ("table", header, rows, merges)
#   ("rec", addressee or None, runs, rec_id)   (addressee None = continuation)
#   ("lang", "cy-GB", runs)

DOCS = {}

DOCS["inline"] = dict(
    what="Title style, headings 1-3, paragraphs, bold, italic, strikethrough, bold+italic, line breaks",
    blocks=[
        ("title", ["Annual report 2025–26: inline formatting"]),
        ("p", ["This chapter is plain text with ", {"t": "bold", "b": True}, ", ",
               {"t": "italic", "i": True}, ", ", {"t": "struck", "s": True}, " and ",
               {"t": "bold italic", "b": True, "i": True}, " words."]),
        ("h", 1, ["Visits"], None),
        ("p", ["First line of an address", {"br": True}, "Second line", {"br": True},
               "Third line"]),
        ("h", 2, ["Announced visits"], None),
        ("p", ["Members made ", {"t": "42", "b": True}, " visits."]),
        ("h", 3, ["Follow-up"], None),
        ("p", ["Text after a level-three heading, with an ampersand & and <angle> brackets."]),
    ])

DOCS["lists"] = dict(
    what="bulleted and numbered lists, nested to depth 2, a numbered list that restarts at 1, list after a paragraph",
    blocks=[
        ("h", 1, ["Lists"], None),
        ("p", ["Bullets:"]),
        ("list", False, [(0, ["Prisons"]), (1, ["Adult male"]), (1, ["Young offender"]),
                         (2, ["Under 18"]), (0, ["Police custody"])], False),
        ("p", ["Steps, numbered:"]),
        ("list", True, [(0, ["Announce the visit"]), (0, ["Meet the governor"]),
                        (1, ["Ask for the logs"]), (0, ["Report"])], False),
        ("p", ["A second numbered list, which starts again at one:"]),
        ("list", True, [(0, ["Read the report"]), (0, ["Reply within 56 days"])], True),
    ])

DOCS["tables"] = dict(
    what="a table with a header row (w:tblHeader), bold text and an empty cell inside cells",
    blocks=[
        ("title", ["Tables"]),
        ("p", ["Visits by nation:"]),
        ("table", ["Nation", "Visits", "Reports"],
         [[["England"], ["31"], ["12"]], [["Wales"], ["7"], [{"t": "3", "b": True}]],
          [["Scotland"], ["4"], []]], None),
        ("p", ["After the table."]),
    ])

DOCS["notes"] = dict(
    what="footnotes and endnotes (a footnote in a heading-less paragraph, two in one paragraph, an endnote), with separator notes -1/0 as Word writes them",
    blocks=[
        ("title", ["Notes"]),
        ("p", ["The Optional Protocol", {"fn": "OPCAT, adopted 18 December 2002."},
               " created national preventive mechanisms."]),
        ("p", ["Two notes", {"fn": "First of two."}, " in one paragraph", {"fn": "Second of two."}, "."]),
        ("p", ["An endnote here", {"en": "An endnote's text."}, "."]),
    ])

DOCS["links"] = dict(
    what="hyperlinks to the web and to a bookmarked heading within the document (w:hyperlink w:anchor)",
    blocks=[
        ("title", ["Links"]),
        ("p", ["See the ", {"t": "OHCHR page", "link": "https://www.ohchr.org/en/treaty-bodies/spt"},
               " and ", {"t": "the methods section", "link": "#_Methods"}, "."]),
        ("h", 1, ["Methods"], "_Methods"),
        ("p", ["How we visit."]),
    ])

DOCS["quotes"] = dict(
    what="block quotes: Word's Quote and Intense Quote styles, and a Normal paragraph indented on both sides",
    blocks=[
        ("title", ["Quotations"]),
        ("p", ["A detainee told us:"]),
        ("quote", "Quote", ["I had not been outside for three days."]),
        ("quote", "Intense Quote", ["Nobody explained the rules."]),
        ("quote", "indent", ["An indented quotation in the Normal style."]),
        ("p", ["Back to the body."]),
    ])

DOCS["images"] = dict(
    what="inline images: one with alt text (docPr descr), one without",
    blocks=[
        ("title", ["Images"]),
        ("p", [{"img": "cell-plan.png", "alt": "Plan of a cell, 3 by 2 metres"}]),
        ("p", ["The yard:", {"img": "yard.png", "alt": None}]),
    ])

DOCS["recommendations"] = dict(
    what="paragraphs in the Recommendation style: addressee as a leading bold 'To: ...' run and a line break, id from a rec_ bookmark, two addressees, a continuation paragraph, one without addressee (warning)",
    blocks=[
        ("title", ["Recommendations"]),
        ("p", ["We recommend:"]),
        ("rec", "Ministry of Justice", ["Every prisoner should have an hour outside each day."], "outdoor_time"),
        ("rec", "Home Office; Welsh Government", ["Interpreters should be available at every custody suite."], None),
        ("rec", None, ["This applies to telephone interpreting too."], None),
        ("p", ["After the recommendations."]),
        ("rec", "", ["A recommendation paragraph with no addressee."], None),
    ])

DOCS["welsh"] = dict(
    what="a Welsh passage (w:lang w:val=cy-GB on each run of two paragraphs) and an inline Welsh phrase",
    blocks=[
        ("title", ["Welsh"]),
        ("p", ["The summary in Welsh follows."]),
        ("lang", "cy-GB", ["Mae'r adroddiad hwn yn disgrifio ein hymweliadau."]),
        ("lang", "cy-GB", ["Diolch i'r staff a'r carcharorion."]),
        ("p", ["The phrase ", {"t": "Llywodraeth Cymru", "lang": "cy-GB"}, " means Welsh Government."]),
    ])

DOCS["chapter"] = dict(
    what="everything above together in one chapter (no Title style: the first Heading 1 is the chapter title)",
    blocks=[
        ("h", 1, ["Chapter one: the year"], None),
        ("p", ["This year we made ", {"t": "many", "b": True}, " visits", {"fn": "Counted on 31 March."}, "."]),
        ("h", 1, ["Where we went"], "_Where"),
        ("list", False, [(0, ["Prisons"]), (1, ["Wales"])], False),
        ("table", ["Body", "Visits"], [[["Prisons inspectorate"], ["9"]]], None),
        ("quote", "Quote", ["It was cold."]),
        ("p", [{"img": "yard.png", "alt": "The exercise yard"}, " and ",
               {"t": "back to the top", "link": "#_Where"}, "."]),
        ("rec", "Ministry of Justice", ["Heat the cells."], "heating"),
        ("lang", "cy-GB", ["Roedd hi'n oer."]),
    ])

DOCS["losses"] = dict(
    what="everything the importer must warn about, one per paragraph: tracked insertion, tracked deletion, comment, text box, shape, chart, font colour, highlighting, merged cells (gridSpan; vMerge)",
    blocks=[
        ("title", ["Losses"]),
        ("h", 1, ["Tracked changes"], None),
        ("p", ["Inserted: ", {"t": "new words", "ins": True}, " end."]),
        ("p", ["Deleted: ", {"t": "old words ", "del": True}, "end."]),
        ("h", 1, ["Comments"], None),
        ("p", ["A ", {"t": "commented", "comment": "Check this figure."}, " word."]),
        ("h", 1, ["Drawings"], None),
        ("p", ["Text box follows.", {"textbox": "Inside a text box."}]),
        ("p", ["Shape follows.", {"shape": True}]),
        ("p", ["Chart follows.", {"chart": True}]),
        ("h", 1, ["Formatting"], None),
        ("p", ["A ", {"t": "red", "color": "C00000"}, " word."]),
        ("p", ["A ", {"t": "highlighted", "hl": "yellow"}, " word."]),
        ("h", 1, ["Merged cells"], None),
        ("table", ["A", "B", "C"], [[["wide"], [], ["c1"]], [["x"], ["y"], ["z"]]], ("span", 1, 0, 1)),
        ("table", ["A", "B"], [[["tall"], ["b1"]], [[], ["b2"]]], ("vmerge", 1, 0, 2)),
    ])

# LibreOffice documents (rendered to flat ODT or HTML, converted by soffice).
DOCS["lo_chapter"] = dict(
    what="made by LibreOffice from a flat ODT (kept as .fodt and .odt): headings, bold/italic, nested bullets, numbered list, table with header row, footnote, endnote, web link, Quotations style, a Recommendation-style paragraph, a Welsh paragraph",
    via="fodt",
    blocks=[
        ("title", ["Report from a word processor"]),
        ("p", ["Made with ", {"t": "LibreOffice", "b": True}, ", ", {"t": "italic", "i": True}, " too",
               {"fn": "A footnote from LibreOffice."}, "."]),
        ("h", 1, ["Findings"], None),
        ("list", False, [(0, ["Staffing"]), (1, ["Night shifts"]), (0, ["Food"])], False),
        ("list", True, [(0, ["First"]), (0, ["Second"])], False),
        ("table", ["Site", "Visits"], [[["Cardiff"], ["2"]], [["Swansea"], ["1"]]], None),
        ("quote", "Quotations", ["Quoted in the Quotations style."]),
        ("p", ["A ", {"t": "link", "link": "https://example.org/npm"}, " and an endnote",
               {"en": "An endnote from LibreOffice."}, "."]),
        ("rec", "Ministry of Justice", ["Publish the data."], None),
        ("lang", "cy-GB", ["Mae hwn yn Gymraeg."]),
    ])

DOCS["lo_html"] = dict(
    what="made by LibreOffice (Writer/Web) from HTML: h1/h2, paragraphs, bold/italic, ul with nested ul, ol, table with th header, web link, blockquote",
    via="html",
    blocks=[
        ("title", ["From HTML"]),
        ("p", ["Some ", {"t": "bold", "b": True}, " and ", {"t": "italic", "i": True}, " text."]),
        ("h", 1, ["Section"], None),
        ("list", False, [(0, ["One"]), (1, ["One point one"]), (0, ["Two"])], False),
        ("list", True, [(0, ["Alpha"]), (0, ["Beta"])], False),
        ("table", ["Name", "Count"], [[["Cells"], ["12"]]], None),
        ("p", ["A ", {"t": "web link", "link": "https://example.org/"}, "."]),
        ("quote", "blockquote", ["Quoted from HTML."]),
    ])

# --------------------------------------------------------------------------
# Manifest, computed from the blocks only.


def norm(s):
    """Runs of spaces -> one space, each line stripped (pandoc_reference.py does the same)."""
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in s.split("\n")).strip()


def runs_text(runs, deleted=False):
    out = []
    for r in runs:
        if isinstance(r, str):
            out.append(r)
        elif r.get("br"):
            out.append("\n")
        elif r.get("del") and not deleted:
            continue  # as if accepted
        elif "t" in r:
            out.append(r["t"])
    return "".join(out)


def manifest(name, spec, source):
    m = dict(fixture=name + ".docx", source=source, what=spec["what"], expect="ok", error=None,
             title=None, headings=[], paragraphs=[], inline=[], lists=[], tables=[],
             footnotes=[], endnotes=[], links=[], images=[], quotes=[], recommendations=[],
             languages=[], warnings=[])
    n = 0
    heading = None
    first_heading_is_title = not any(b[0] == "title" for b in spec["blocks"])
    media = 0

    def para(kind, runs, text=None):
        nonlocal n, media
        n += 1
        t = norm(runs_text(runs) if text is None else text)
        m["paragraphs"].append(dict(n=n, kind=kind, text=t))
        for r in runs:
            if isinstance(r, str):
                continue
            for k, style in (("b", "bold"), ("i", "italic"), ("s", "strike")):
                if r.get(k) and "t" in r and not any(r.get(x) for x in ("b", "i", "s") if x != k):
                    m["inline"].append(dict(style=style, text=r["t"]))
            if r.get("b") and r.get("i"):
                m["inline"].append(dict(style="bold+italic", text=r["t"]))
            if r.get("br"):
                m["inline"].append(dict(style="line_break", text=None))
            if "fn" in r:
                m["footnotes"].append(r["fn"])
            if "en" in r:
                m["endnotes"].append(r["en"])
            if "link" in r:
                m["links"].append(dict(text=r["t"], target=r["link"], internal=r["link"].startswith("#")))
            if "img" in r:
                media += 1
                m["images"].append(dict(file=r["img"], part="word/media/image%d.png" % media, alt=r["alt"]))
            if r.get("lang") and kind != "lang":
                m["languages"].append(dict(lang=r["lang"], scope="inline", text=r["t"]))
            for key, kind_ in (("ins", "tracked_change"), ("del", "tracked_change"),
                               ("comment", "comment"), ("textbox", "text_box"), ("shape", "shape"),
                               ("chart", "chart"), ("color", "colour"), ("hl", "highlight")):
                if r.get(key):
                    m["warnings"].append(dict(kind=kind_, heading=heading, paragraph=n))
        return n

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            m["title"] = runs_text(b[1])
            heading = m["title"]
            para("title", b[1])
        elif k == "h":
            text = runs_text(b[2])
            if first_heading_is_title and m["title"] is None:
                m["title"] = text
                para("title", b[2])
            else:
                # Heading N -> Markdown level N+1 whether the title came from
                # the Title style or from the first heading
                m["headings"].append(dict(level=b[1] + 1, word_level=b[1], text=text,
                                          bookmark=b[3]))
                para("heading", b[2])
            heading = text
        elif k == "p":
            para("body", b[1])
        elif k == "quote":
            m["quotes"].append(dict(style=b[1], text=runs_text(b[2])))
            para("quote", b[2])
        elif k == "list":
            items = []
            for depth, runs in b[2]:
                items.append(dict(text=runs_text(runs), depth=depth))
                para("list_item", runs)
            m["lists"].append(dict(ordered=b[1], restart=b[3], items=items))
        elif k == "table":
            header, rows, merge = b[1], b[2], b[3]
            covered = set()
            if merge:
                kind_, r0, c0, extent = merge
                if kind_ == "span":
                    covered = {(r0, c0 + j) for j in range(1, extent + 1)}
                else:
                    covered = {(r0 + j, c0) for j in range(1, extent)}
            m["tables"].append(dict(header=header, rows=[[runs_text(c) for c in row] for row in rows],
                                    merged=None if not merge else dict(
                                        kind="gridSpan" if merge[0] == "span" else "vMerge",
                                        row=merge[1], col=merge[2],
                                        extent=merge[3] + 1 if merge[0] == "span" else merge[3])))
            for cell in header:
                para("table_cell", [cell])
            for ri, row in enumerate(rows, start=1):
                for ci, cell in enumerate(row):
                    if merge and merge[0] == "span" and (ri, ci) in covered:
                        continue  # the cell is gone: gridSpan covers it
                    pn = para("table_cell", cell)
                    if merge and (ri, ci) == (merge[1], merge[2]):
                        m["warnings"].append(dict(kind="merged_cells", heading=heading, paragraph=pn))
        elif k == "rec":
            addressee, runs, rid = b[1], b[2], b[3]
            if addressee is None:
                m["recommendations"][-1]["text"] += "\n\n" + runs_text(runs)
                para("recommendation", runs)
                continue
            if addressee == "":
                pn = para("recommendation", runs)
                m["warnings"].append(dict(kind="recommendation_without_addressee", heading=heading, paragraph=pn))
                m["recommendations"].append(dict(text=runs_text(runs), addressee=None, id=None))
                continue
            full = "To: " + addressee + "\n" + runs_text(runs)
            para("recommendation", runs, text=full)
            m["recommendations"].append(dict(
                text=runs_text(runs), addressee=[a.strip() for a in addressee.split(";")],
                id=rid.replace("_", "-") if rid else None))
        elif k == "lang":
            m["languages"].append(dict(lang=b[1], scope="paragraph", text=runs_text(b[2])))
            para("lang", b[2])
        else:
            raise ValueError(k)
    m["body_paragraph_count"] = n
    return m


# --------------------------------------------------------------------------
# python-docx rendering.

class DocxBuilder:
    def __init__(self):
        self.doc = docx.Document()
        self.doc.core_properties.created = FIXED_DATE
        self.doc.core_properties.modified = FIXED_DATE
        self.doc.core_properties.last_printed = FIXED_DATE
        self.doc.core_properties.author = "opcat-press fixtures"
        self.doc.core_properties.last_modified_by = "opcat-press fixtures"
        self.doc.core_properties.revision = 1
        self.part = self.doc.part
        self.footnotes = []
        self.endnotes = []
        self.next_id = 100
        self.img_dir = tempfile.mkdtemp()
        self.abstract_bullet = self.abstract_decimal = None
        self.rec_style = None

    def nid(self):
        self.next_id += 1
        return self.next_id

    # numbering: our own abstractNums (bullet, decimal) and one w:num per list
    def numbering(self):
        return self.part.numbering_part.element

    def new_num(self, ordered, restart):
        numbering = self.numbering()
        if self.abstract_bullet is None:
            self.abstract_bullet, self.abstract_decimal = 90, 91
            for aid, fmt in ((90, "bullet"), (91, "decimal")):
                lvls = []
                for lvl in range(3):
                    if fmt == "bullet":
                        f, txt = "bullet", ["\u2022", "o", "\u25aa"][lvl]
                    else:
                        f, txt = ["decimal", "lowerLetter", "lowerRoman"][lvl], "%%%d." % (lvl + 1)
                    lvls.append(
                        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                        '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
                        % (lvl, f, txt, 720 * (lvl + 1)))
                an = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                               % (nsdecls("w"), aid, "".join(lvls)))
                # abstractNums must precede nums
                first_num = numbering.find(qn("w:num"))
                if first_num is not None:
                    first_num.addprevious(an)
                else:
                    numbering.append(an)
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = max(ids + [0]) + 1
        aid = self.abstract_decimal if ordered else self.abstract_bullet
        override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                    if restart else "")
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                                   % (nsdecls("w"), num_id, aid, override)))
        return num_id

    def add_runs(self, p, runs):
        for r in runs:
            if isinstance(r, str):
                r = {"t": r}
            if r.get("br"):
                p.add_run().add_break()
                continue
            if "img" in r:
                path = os.path.join(self.img_dir, r["img"])
                with open(path, "wb") as f:
                    f.write(IMAGES[r["img"]])
                run = p.add_run()
                run.add_picture(path, width=Cm(2))
                docpr = run._r.find(".//" + qn("wp:docPr"))
                if r["alt"] is None:
                    docpr.attrib.pop("descr", None)
                else:
                    docpr.set("descr", r["alt"])
                docpr.set("name", "Picture %s" % docpr.get("id"))
                continue
            if "link" in r:
                target = r["link"]
                if target.startswith("#"):
                    h = parse_xml('<w:hyperlink %s w:anchor="%s" w:history="1"/>' % (nsdecls("w"), target[1:]))
                else:
                    rid = self.part.relate_to(target, RT.HYPERLINK, is_external=True)
                    h = parse_xml('<w:hyperlink %s r:id="%s" w:history="1"/>' % (nsdecls("w", "r"), rid))
                h.append(parse_xml('<w:r %s><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                                   '<w:t xml:space="preserve">%s</w:t></w:r>' % (nsdecls("w"), escape(r["t"]))))
                # Word's own Hyperlink character style (blue, underlined): not a "colour" loss
                self.hyperlink_style()
                p._p.append(h)
                continue
            if "fn" in r or "en" in r:
                kind = "footnote" if "fn" in r else "endnote"
                store = self.footnotes if kind == "footnote" else self.endnotes
                nid = len(store) + 1
                store.append(r["fn"] if kind == "footnote" else r["en"])
                p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>'
                                      % (nsdecls("w"), kind, nid)))
                continue
            if "textbox" in r:
                p._p.append(parse_xml(
                    '<w:r %s><w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:150pt;height:40pt">'
                    '<v:textbox><w:txbxContent><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox>'
                    '</v:shape></w:pict></w:r>' % (nsdecls("w") + VML, self.nid(), escape(r["textbox"]))))
                continue
            if r.get("shape"):
                i = self.nid()
                p._p.append(parse_xml(
                    '<w:r %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                    '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="457200"/>'
                    '<wp:docPr id="%d" name="Rectangle %d"/><a:graphic>'
                    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                    '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm>'
                    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>'
                    '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
                    '<mc:Fallback><w:pict><v:rect style="width:72pt;height:36pt"/></w:pict></mc:Fallback>'
                    '</mc:AlternateContent></w:r>' % (nsdecls("w", "wp", "a") + VML, i, i)))
                continue
            if r.get("chart"):
                chart = Part(PackURI("/word/charts/chart1.xml"),
                             "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                             CHART_XML.encode(), self.part.package)
                rid = self.part.relate_to(chart, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart")
                i = self.nid()
                p._p.append(parse_xml(
                    '<w:r %s><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                    '<wp:extent cx="1828800" cy="914400"/><wp:docPr id="%d" name="Chart %d"/>'
                    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="%s"/>'
                    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
                    % (nsdecls("w", "wp", "a", "r"), i, i, rid)))
                continue
            if r.get("ins") or r.get("del"):
                tag = "ins" if r.get("ins") else "del"
                ttag = "t" if tag == "ins" else "delText"
                p._p.append(parse_xml(
                    '<w:%s %s w:id="%d" w:author="Reviewer" w:date="2026-01-01T00:00:00Z">'
                    '<w:r><w:%s xml:space="preserve">%s</w:%s></w:r></w:%s>'
                    % (tag, nsdecls("w"), self.nid(), ttag, escape(r["t"]), ttag, tag)))
                continue
            run = p.add_run(r["t"])
            run.bold = True if r.get("b") else None
            run.italic = True if r.get("i") else None
            if r.get("s"):
                run.font.strike = True
            if r.get("color"):
                run.font.color.rgb = RGBColor.from_string(r["color"])
            if r.get("hl"):
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if r.get("lang"):
                run._r.get_or_add_rPr().append(parse_xml('<w:lang %s w:val="%s"/>' % (nsdecls("w"), r["lang"])))
            if r.get("comment"):
                self.doc.add_comment(run, text=r["comment"], author="Reviewer", initials="R")

    def bookmark(self, p, name):
        i = self.nid()
        p._p.insert(1 if p._p.pPr is not None else 0,
                    parse_xml('<w:bookmarkStart %s w:id="%d" w:name="%s"/>' % (nsdecls("w"), i, name)))
        p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (nsdecls("w"), i)))

    def hyperlink_style(self):
        if "Hyperlink" not in [st.name for st in self.doc.styles]:
            st = self.doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            st.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            st.font.underline = True

    def recommendation_style(self):
        if self.rec_style is None:
            s = self.doc.styles.add_style("Recommendation", WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = self.doc.styles["Normal"]
            s.paragraph_format.left_indent = Cm(0.5)
            s.font.color.rgb = None
            self.rec_style = s
        return self.rec_style

    def render(self, blocks):
        d = self.doc
        for b in blocks:
            k = b[0]
            if k == "title":
                self.add_runs(d.add_paragraph(style="Title"), b[1])
            elif k == "h":
                p = d.add_paragraph(style="Heading %d" % b[1])
                self.add_runs(p, b[2])
                if b[3]:
                    self.bookmark(p, b[3])
            elif k == "p":
                self.add_runs(d.add_paragraph(), b[1])
            elif k == "quote":
                if b[1] == "indent":
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = Cm(1.27)
                    p.paragraph_format.right_indent = Cm(1.27)
                else:
                    p = d.add_paragraph(style=b[1])
                self.add_runs(p, b[2])
            elif k == "list":
                num = self.new_num(b[1], b[3])
                for depth, runs in b[2]:
                    p = d.add_paragraph(style="List Paragraph")
                    pPr = p._p.get_or_add_pPr()
                    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                         % (nsdecls("w"), depth, num)))
                    self.add_runs(p, runs)
            elif k == "table":
                header, rows, merge = b[1], b[2], b[3]
                t = d.add_table(rows=1 + len(rows), cols=len(header))
                t.style = d.styles["Table Grid"]
                tr = t.rows[0]._tr
                tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
                for ci, h in enumerate(header):
                    self.add_runs(t.cell(0, ci).paragraphs[0], [h])
                for ri, row in enumerate(rows, start=1):
                    for ci, cell in enumerate(row):
                        self.add_runs(t.cell(ri, ci).paragraphs[0], cell)
                if merge:
                    kind, r0, c0, extent = merge
                    if kind == "span":
                        t.cell(r0, c0).merge(t.cell(r0, c0 + extent))
                    else:
                        t.cell(r0, c0).merge(t.cell(r0 + extent - 1, c0))
            elif k == "rec":
                addressee, runs, rid = b[1], b[2], b[3]
                p = d.add_paragraph(style=self.recommendation_style())
                if addressee:
                    self.add_runs(p, [{"t": "To: " + addressee, "b": True}, {"br": True}])
                self.add_runs(p, runs)
                if rid:
                    self.bookmark(p, "rec_" + rid)
            elif k == "lang":
                self.add_runs(d.add_paragraph(), [dict(t=runs_text([r]), lang=b[1]) if isinstance(r, str) else dict(r, lang=b[1]) for r in b[2]])
        self.notes_parts()
        return d

    def notes_parts(self):
        for kind, store, rt in (("footnote", self.footnotes, RT.FOOTNOTES), ("endnote", self.endnotes, RT.ENDNOTES)):
            if not store:
                continue
            notes = ['<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (kind, kind),
                     '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (kind, kind)]
            for i, text in enumerate(store, start=1):
                notes.append('<w:%s w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>'
                             '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>' % (kind, i, kind, escape(text), kind))
            xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%ss %s>%s</w:%ss>'
                   % (kind, nsdecls("w"), "".join(notes), kind))
            part = Part(PackURI("/word/%ss.xml" % kind),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml" % kind,
                        xml.encode(), self.part.package)
            self.part.relate_to(part, rt)


CHART_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strLit><c:ptCount val="2"/><c:pt idx="0"><c:v>2024</c:v></c:pt><c:pt idx="1"><c:v>2025</c:v></c:pt></c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>30</c:v></c:pt><c:pt idx="1"><c:v>42</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>
"""


KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "TitleChar",
               "Heading1", "Heading2", "Heading3", "Heading1Char", "Heading2Char", "Heading3Char",
               "Quote", "QuoteChar", "IntenseQuote", "IntenseQuoteChar", "ListParagraph",
               "TableGrid", "Recommendation", "Hyperlink", "CommentText", "CommentReference"}


def slim(doc):
    """Keep fixtures a few KB: drop the template's thumbnail, customXml,
    stylesWithEffects and webSettings, its latent styles and unused styles."""
    for part in (doc.part, doc.part.package):
        for rid, rel in list(part.rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in ("thumbnail", "customXml", "stylesWithEffects", "webSettings"):
                del part.rels[rid]
    styles = doc.styles.element
    for el in list(styles):
        if el.tag == qn("w:latentStyles"):
            styles.remove(el)
        elif el.tag == qn("w:style") and el.get(qn("w:styleId")) not in KEEP_STYLES:
            styles.remove(el)


def save_docx(doc):
    slim(doc)
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps comments with the current time: fix it (reproducible bytes)
    fix_date = lambda x: re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-01T00:00:00Z"', x)
    return normalise_zip(buf.getvalue(), replace={"word/comments.xml": fix_date})


def normalise_zip(data, extra=None, drop=(), replace=None):
    """Rewrite a zip with fixed timestamps (reproducible output); optionally
    add entries (name -> bytes, in order), drop some, or replace contents."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            body = zin.read(info.filename)
            if replace and info.filename in replace:
                body = replace[info.filename](body)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, body)
        for name, body in (extra or {}).items():
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, body)
    return out.getvalue()


# --------------------------------------------------------------------------
# Flat ODT and HTML rendering (for LibreOffice).

def odf_runs(runs):
    out = []
    for r in runs:
        if isinstance(r, str):
            out.append(escape(r))
        elif r.get("br"):
            out.append("<text:line-break/>")
        elif "fn" in r or "en" in r:
            cls = "footnote" if "fn" in r else "endnote"
            out.append('<text:note text:note-class="%s"><text:note-citation>*</text:note-citation>'
                       '<text:note-body><text:p text:style-name="%s">%s</text:p></text:note-body></text:note>'
                       % (cls, "Footnote" if cls == "footnote" else "Endnote", escape(r.get("fn") or r.get("en"))))
        elif "link" in r:
            out.append('<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (escape(r["link"]), escape(r["t"])))
        else:
            style = "B" if r.get("b") else "I" if r.get("i") else "S" if r.get("s") else None
            out.append('<text:span text:style-name="%s">%s</text:span>' % (style, escape(r["t"])) if style else escape(r["t"]))
    return "".join(out)


def fodt(blocks):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odf_runs(b[1]))
        elif k == "h":
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (b[1], b[1], odf_runs(b[2])))
        elif k == "p":
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % odf_runs(b[1]))
        elif k == "quote":
            body.append('<text:p text:style-name="Quotations">%s</text:p>' % odf_runs(b[2]))
        elif k == "list":
            style = "LN" if b[1] else "LB"
            xml, depth = [], -1
            for d, runs in b[2]:
                if d > depth:
                    xml.append(("<text:list text:style-name=\"%s\">" % style if depth == -1 else "<text:list>") + "<text:list-item>")
                elif d == depth:
                    xml.append("</text:list-item><text:list-item>")
                else:
                    xml.append("</text:list-item></text:list>" * (depth - d) + "</text:list-item><text:list-item>")
                depth = d
                xml.append('<text:p text:style-name="List_20_Paragraph">%s</text:p>' % odf_runs(runs))
            xml.append("</text:list-item></text:list>" * (depth + 1))
            body.append("".join(xml))
        elif k == "table":
            header, rows = b[1], b[2]
            cols = "<table:table-column table:number-columns-repeated=\"%d\"/>" % len(header)
            cell = lambda runs, st: '<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (st, odf_runs(runs))
            head = "<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % "".join(cell([h], "Table_20_Heading") for h in header)
            rws = "".join("<table:table-row>%s</table:table-row>" % "".join(cell(c, "Table_20_Contents") for c in row) for row in rows)
            body.append('<table:table table:name="Table%d">%s%s%s</table:table>' % (len(body), cols, head, rws))
        elif k == "rec":
            runs = ([{"t": "To: " + b[1], "b": True}, {"br": True}] if b[1] else []) + b[2]
            body.append('<text:p text:style-name="Recommendation">%s</text:p>' % odf_runs(runs))
        elif k == "lang":
            body.append('<text:p text:style-name="Welsh">%s</text:p>' % odf_runs(b[2]))
    return FODT_HEAD + "".join(body) + "</office:text></office:body></office:document>\n"


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/></style:style>
<style:style style:name="Recommendation" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>
<style:style style:name="Welsh" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:language="cy" fo:country="GB"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"/>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/><text:list-level-style-bullet text:level="2" text:bullet-char="◦"/><text:list-level-style-bullet text:level="3" text:bullet-char="▪"/></text:list-style>
<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix="."/></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="S" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>
</office:automatic-styles>
<office:body><office:text>"""


def html_runs(runs):
    out = []
    for r in runs:
        if isinstance(r, str):
            out.append(escape(r))
        elif r.get("br"):
            out.append("<br>")
        elif "link" in r:
            out.append('<a href="%s">%s</a>' % (escape(r["link"]), escape(r["t"])))
        elif r.get("b"):
            out.append("<b>%s</b>" % escape(r["t"]))
        elif r.get("i"):
            out.append("<i>%s</i>" % escape(r["t"]))
        else:
            out.append(escape(r["t"]))
    return "".join(out)


def html(blocks):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append("<h1>%s</h1>" % html_runs(b[1]))
        elif k == "h":
            # the title is an h1 too: LibreOffice makes both Heading 1, and the
            # first heading becomes the chapter title
            body.append("<h%d>%s</h%d>" % (b[1], html_runs(b[2]), b[1]))
        elif k == "p":
            body.append("<p>%s</p>" % html_runs(b[1]))
        elif k == "quote":
            body.append("<blockquote><p>%s</p></blockquote>" % html_runs(b[2]))
        elif k == "list":
            tag = "ol" if b[1] else "ul"
            xml, depth = [], -1
            for d, runs in b[2]:
                if d > depth:
                    xml.append("<%s><li>" % tag)
                elif d == depth:
                    xml.append("</li><li>")
                else:
                    xml.append(("</li></%s>" % tag) * (depth - d) + "</li><li>")
                depth = d
                xml.append(html_runs(runs))
            xml.append(("</li></%s>" % tag) * (depth + 1))
            body.append("".join(xml))
        elif k == "table":
            head = "<tr>%s</tr>" % "".join("<th>%s</th>" % escape(h) for h in b[1])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html_runs(c) for c in row) for row in b[2])
            body.append("<table><thead>%s</thead><tbody>%s</tbody></table>" % (head, rows))
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>From HTML</title></head><body>\n'
            + "\n".join(body) + "\n</body></html>\n")


def soffice_convert(src, target_filter, outdir):
    prof = tempfile.mkdtemp(prefix="lo-profile-")
    cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
           "--convert-to", target_filter, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(prof, ignore_errors=True)


# --------------------------------------------------------------------------
# Self-check: only counts, read back to catch a renderer/manifest mismatch.

def count_body_paragraphs(data):
    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find("{%s}body" % W_NS)
    n = 0
    for p in body.iter("{%s}p" % W_NS):
        anc = p.getparent()
        ok = True
        while anc is not body:
            if anc.tag not in ("{%s}%s" % (W_NS, t) for t in ("tc", "tr", "tbl", "sdt", "sdtContent")):
                ok = False
                break
            anc = anc.getparent()
        n += ok
    return n


def check(name, data, m):
    got = count_body_paragraphs(data)
    if got != m["body_paragraph_count"]:
        raise SystemExit("%s: %d body paragraphs in the document, %d in the manifest" % (name, got, m["body_paragraph_count"]))
    media = sorted(n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/media/"))
    want = sorted(i["part"] for i in m["images"])
    if m["source"] == "python-docx" and media != want:
        raise SystemExit("%s: media %s, manifest %s" % (name, media, want))


def write(name, data, m):
    with open(os.path.join(OUT, name + (".docm" if m["fixture"].endswith(".docm") else ".docx")), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(m, f, indent=1, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------
# Untrusted input.

def minimal_blocks(text):
    return [("title", [text]), ("p", ["Body text that must still be imported."])]


def adversarial():
    made = {}

    def base(name, what, blocks, expect="ok", error=None):
        spec = dict(what=what, blocks=blocks)
        m = manifest(name, spec, "python-docx+zip")
        m["expect"], m["error"] = expect, error
        return m

    # 1. not a zip
    m = base("not_a_zip", "a text file named .docx", [], "error", "not_a_zip")
    m["body_paragraph_count"] = None
    made["not_a_zip"] = (b"This is plain text, not a Word document.\n", m)

    # 2. truncated: the first half of a valid document
    full = save_docx(DocxBuilder().render(minimal_blocks("Truncated")))
    m = base("truncated", "a valid .docx cut to its first half (no central directory)", [], "error", "corrupt_zip")
    m["body_paragraph_count"] = None
    made["truncated"] = (full[: len(full) // 2], m)

    # 3. encrypted (ECMA-376 Agile encryption in a CFB/OLE container, D0 CF 11 E0)
    from msoffcrypto.format.ooxml import OOXMLFile
    plain = save_docx(DocxBuilder().render(minimal_blocks("Encrypted")))
    src = OOXMLFile(io.BytesIO(plain))
    enc = io.BytesIO()
    src.encrypt("secret", enc)
    m = base("encrypted", "password-protected (password 'secret'): an encrypted OOXML package in a CFB container, D0 CF 11 E0", [], "error", "encrypted")
    m["body_paragraph_count"] = None
    m["password"] = "secret"
    made["encrypted"] = (enc.getvalue(), m)

    # 4. unsafe zip entry names referenced by relationships
    blocks = minimal_blocks("Unsafe paths")
    b = DocxBuilder()
    b.render(blocks)
    data = save_docx(b.doc)
    rels_add = ('<Relationship Id="rIdEvil1" Type="%s" Target="media/../../../evil.png"/>'
                '<Relationship Id="rIdEvil2" Type="%s" Target="/etc/evil.png"/>' % (RT.IMAGE, RT.IMAGE))
    pic = lambda rid, i: (
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="360000" cy="360000"/><wp:docPr id="%d" name="Evil %d" descr="evil"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="evil.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' % (i, i, i, rid))
    data = normalise_zip(data, extra={"word/media/../../../evil.png": IMAGES["evil.png"],
                                      "/etc/evil.png": IMAGES["evil.png"]},
                         replace={"word/_rels/document.xml.rels": lambda x: x.replace(b"</Relationships>", rels_add.encode() + b"</Relationships>"),
                                  "word/document.xml": lambda x: add_ns(x).replace(b"<w:sectPr", (pic("rIdEvil1", 901) + pic("rIdEvil2", 902)).encode() + b"<w:sectPr", 1)})
    m = base("unsafe_paths", "zip entries named word/media/../../../evil.png and /etc/evil.png, each an image referenced by a relationship: nothing may be written or read outside; the text still imports", blocks)
    m["body_paragraph_count"] += 2
    m["paragraphs"] += [dict(n=3, kind="body", text=""), dict(n=4, kind="body", text="")]
    m["warnings"] = [dict(kind="unsafe_zip_path", heading="Unsafe paths", paragraph=3),
                     dict(kind="unsafe_zip_path", heading="Unsafe paths", paragraph=4)]
    m["images"] = []
    made["unsafe_paths"] = (data, m)

    # 5. linked (external) image
    blocks = minimal_blocks("Linked image")
    b = DocxBuilder()
    b.render(blocks)
    data = save_docx(b.doc)
    rel = '<Relationship Id="rIdExt" Type="%s" Target="http://example.invalid/tracker.png" TargetMode="External"/>' % RT.IMAGE
    pic_link = pic("X", 903).replace('r:embed="X"', 'r:link="rIdExt"')
    data = normalise_zip(data, replace={
        "word/_rels/document.xml.rels": lambda x: x.replace(b"</Relationships>", rel.encode() + b"</Relationships>"),
        "word/document.xml": lambda x: add_ns(x).replace(b"<w:sectPr", pic_link.encode() + b"<w:sectPr", 1)})
    m = base("external_image", "an image whose blip is r:link to a TargetMode=External relationship (http://example.invalid/tracker.png): never fetched", blocks)
    m["body_paragraph_count"] += 1
    m["paragraphs"].append(dict(n=3, kind="body", text=""))
    m["warnings"] = [dict(kind="external_image", heading="Linked image", paragraph=3)]
    made["external_image"] = (data, m)

    # 6. embedded OLE object (VML preview + oleObject1.bin)
    blocks = minimal_blocks("OLE object")
    b = DocxBuilder()
    b.render(blocks)
    data = save_docx(b.doc)
    rels = ('<Relationship Id="rIdOle" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="embeddings/oleObject1.bin"/>'
            '<Relationship Id="rIdOlePic" Type="%s" Target="media/ole-preview.png"/>' % RT.IMAGE)
    ole = ('<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="ole1" style="width:72pt;height:72pt" o:ole="">'
           '<v:imagedata r:id="rIdOlePic" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="ole1" DrawAspect="Icon" ObjectID="_1000000001" r:id="rIdOle"/>'
           '</w:object></w:r></w:p>')
    fake_cfb = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504
    data = normalise_zip(data, extra={"word/embeddings/oleObject1.bin": fake_cfb, "word/media/ole-preview.png": IMAGES["ole-preview.png"]},
                         replace={"word/_rels/document.xml.rels": lambda x: x.replace(b"</Relationships>", rels.encode() + b"</Relationships>"),
                                  "word/document.xml": lambda x: add_ns(x).replace(b"<w:sectPr", ole.encode() + b"<w:sectPr", 1),
                                  "[Content_Types].xml": lambda x: x.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/></Types>')})
    m = base("ole_object", "an embedded OLE object (w:object, o:OLEObject -> word/embeddings/oleObject1.bin, a fake CFB header) with a PNG preview", blocks)
    m["body_paragraph_count"] += 1
    m["paragraphs"].append(dict(n=3, kind="body", text=""))
    m["warnings"] = [dict(kind="ole_object", heading="OLE object", paragraph=3)]
    made["ole_object"] = (data, m)

    # 7. macro-enabled (.docm content type, word/vbaProject.bin)
    blocks = minimal_blocks("Macros")
    b = DocxBuilder()
    b.render(blocks)
    data = save_docx(b.doc)
    data = normalise_zip(data, extra={"word/vbaProject.bin": fake_cfb},
                         replace={"[Content_Types].xml": lambda x: x.replace(
                             b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                             b"application/vnd.ms-word.document.macroEnabled.main+xml").replace(
                             b"</Types>", b'<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
                                  "word/_rels/document.xml.rels": lambda x: x.replace(
                             b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')})
    m = base("macros", "a macro-enabled document (.docm content type, word/vbaProject.bin, a fake CFB header): macros are never run; text imports", blocks)
    m["fixture"] = "macros.docm"
    m["warnings"] = [dict(kind="macros", heading=None, paragraph=None)]
    made["macros"] = (data, m)
    return made


def add_ns(xml):
    """Make sure the root of document.xml declares the prefixes our snippets use."""
    need = {b"v": b"urn:schemas-microsoft-com:vml", b"o": b"urn:schemas-microsoft-com:office:office",
            b"pic": b"http://schemas.openxmlformats.org/drawingml/2006/picture",
            b"a": b"http://schemas.openxmlformats.org/drawingml/2006/main",
            b"wp": b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            b"r": b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    head_end = xml.index(b">", xml.index(b"<w:document"))
    head = xml[:head_end]
    for p, uri in need.items():
        if b"xmlns:" + p + b"=" not in head:
            head += b' xmlns:' + p + b'="' + uri + b'"'
    return head + xml[head_end:]


def write_bomb(path, size=(1 << 30) + (64 << 20)):
    """A well-formed docx whose word/document.xml inflates to `size` bytes
    (default 1 GiB + 64 MiB) from about 1 MiB.  Streams; never holds it in memory."""
    base = save_docx(DocxBuilder().render(minimal_blocks("Bomb")))
    zin = zipfile.ZipFile(io.BytesIO(base))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in zin.infolist():
            if info.filename == "word/document.xml":
                continue
            z.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), zin.read(info.filename), zipfile.ZIP_DEFLATED)
        zi = zipfile.ZipInfo("word/document.xml", (2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body><w:p><w:r><w:t>' % nsdecls("w")).encode()
        tail = b"</w:t></w:r></w:p></w:body></w:document>"
        chunk = b"A" * (1 << 20)
        with z.open(zi, "w", force_zip64=True) as f:
            f.write(head)
            left = size - len(head) - len(tail)
            while left > 0:
                f.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            f.write(tail)


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bomb", help="write only the zip bomb, to this path")
    args = ap.parse_args()
    if args.bomb:
        write_bomb(args.bomb)
        print("wrote", args.bomb, os.path.getsize(args.bomb), "bytes")
        return
    os.makedirs(OUT, exist_ok=True)
    for name, spec in DOCS.items():
        via = spec.get("via")
        if via is None:
            m = manifest(name, spec, "python-docx")
            data = save_docx(DocxBuilder().render(spec["blocks"]))
        else:
            m = manifest(name, spec, "libreoffice-" + via)
            tmp = tempfile.mkdtemp()
            if via == "fodt":
                src = os.path.join(OUT, name + ".fodt")
                with open(src, "w") as f:
                    f.write(fodt(spec["blocks"]))
                soffice_convert(src, "odt", OUT)
            else:
                src = os.path.join(OUT, name + ".html")
                with open(src, "w") as f:
                    f.write(html(spec["blocks"]))
            soffice_convert(src, "docx:MS Word 2007 XML", tmp)
            with open(os.path.join(tmp, name + ".docx"), "rb") as f:
                data = f.read()
            shutil.rmtree(tmp)
            # LibreOffice's images are not python-docx's: names are checked only for python-docx
        check(name, data, m)
        write(name, data, m)
        print("%-16s %6d bytes  %s" % (name, len(data), m["source"]))
    for name, (data, m) in adversarial().items():
        if m["body_paragraph_count"] is not None:
            check(name, data, m)
        write(name, data, m)
        print("%-16s %6d bytes  adversarial" % (name, len(data)))


if __name__ == "__main__":
    main()
