"""The offline PDFs (one per language, built by scripts/build_pdf.py as `make pdf` does):
every page in navigation order with its first example, a bookmark per page, embedded
fonts, Chinese that extracts as Chinese, links that stay inside the PDF, nothing wider
than the paper."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import pdf_build
from snippet_tools import ROOT

from hooks.page_model import LANGS, includes, meta_of

sys.path.insert(0, str(ROOT / "scripts"))
import build_pdf  # noqa: E402

missing = build_pdf.missing_tools()
if missing:
    reason = f"PDF checks need {', '.join(missing)} (fix: apt-get install {' '.join(missing)})"
    if os.environ.get("CI"):
        raise RuntimeError(reason + "; CI must run the PDF checks")
    pytest.skip(reason, allow_module_level=True)

from pypdf import PdfReader  # noqa: E402


@pytest.fixture(scope="module")
def pdfs() -> dict[str, Path]:
    """Both PDFs, from the build conftest.py started when the tests were collected."""
    proc, out = pdf_build().result()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return {lang: build_pdf.pdf_path(lang, out) for lang in LANGS}


def nav_pages(lang: str) -> list[Path]:
    return [page for _, pages in build_pdf.navigation(lang) for page in pages]


def h1(page: Path) -> str:
    return re.search(r"^# (.+)$", page.read_text("utf-8"), re.M)[1].strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_title_in_navigation_order(pdfs, lang):
    text = squash(text_of(pdfs[lang]))
    position = 0
    for page in nav_pages(lang):
        title = squash(h1(page))
        found = text.find(title, position)
        assert found >= 0, (
            f"{page.relative_to(ROOT)}: title {h1(page)!r} not found after the previous page's"
        )
        position = found + len(title)


DIFFICULTY = {"zh": "难度：", "en": "Difficulty: "}


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_title_is_followed_by_its_difficulty_and_not_preceded_by_tags(pdfs, lang):
    """As on the site: the line under a guide page's title names its difficulty (and its
    update and tags); the print-site plugin's own tag list above the title is hidden
    (hooks/pdf_page_meta.py, extra.css)."""
    text = squash(text_of(pdfs[lang]))
    position = 0
    for page in nav_pages(lang):
        meta, title = meta_of(page), squash(h1(page))
        if not meta.get("difficulty"):
            continue
        want = squash(DIFFICULTY[lang] + str(meta["difficulty"]))
        # the page's own title, not a mention of it on the page before (a related link)
        found = text.find(title + want, position)
        if found < 0:
            first = text.find(title, position)
            after = text[first + len(title) : first + len(title) + 40] if first >= 0 else ""
            pytest.fail(f"{page.relative_to(ROOT)}: title followed by {after!r}, not {want!r}")
        last_tag = squash(str(meta["tags"][-1]))
        assert not text[:found].endswith(last_tag), (
            f"{page.relative_to(ROOT)}: a tag list stands above the title in the PDF"
        )
        position = found + len(title)


def first_code_line(page: Path) -> str | None:
    """The first line of the page's first example that is not blank, an import or a
    comment, and is all ASCII: the PDF's text layer puts Chinese runs inside code apart
    from the Latin text around them (seen in pdftotext, though the page shows the line
    whole), so a line mixing both cannot be found as one string."""
    found = includes(page.read_text("utf-8"))
    if not found:
        return None
    path = found[0].path()
    for line in path.read_text("utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith(("#", "import ", "from ")) and s.isascii():
            return s
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_shows_its_first_example(pdfs, lang):
    text = squash(text_of(pdfs[lang]))
    for page in nav_pages(lang):
        line = first_code_line(page)
        if line:
            assert squash(line) in text, f"{page.relative_to(ROOT)}: {line!r} missing from the PDF"


@pytest.mark.parametrize("lang", LANGS)
def test_outline_has_an_entry_per_page(pdfs, lang):
    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield squash(item.title)

    outline = set(titles(PdfReader(pdfs[lang]).outline))
    for page in nav_pages(lang):
        assert squash(h1(page)) in outline, (
            f"{page.relative_to(ROOT)}: no bookmark for {h1(page)!r}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_all_fonts_are_embedded(pdfs, lang):
    rows = subprocess.run(["pdffonts", str(pdfs[lang])], capture_output=True, text=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts, "pdffonts listed no font"
    not_embedded = [r for r in fonts if r.split()[-5] != "yes"]
    assert not not_embedded, not_embedded


def test_chinese_extracts_as_chinese(pdfs):
    text = text_of(pdfs["zh"])
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    assert cjk > 500 and "取消" in text and "事件循环" in squash(text), cjk
    assert not re.search(r"[\u3040-\u30ff]", text), "Japanese kana in the Chinese PDF"


@pytest.mark.parametrize("lang", LANGS)
def test_links_stay_inside_the_pdf(pdfs, lang):
    internal, local = 0, []
    for page in PdfReader(pdfs[lang]).pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            action = a.get("/A")
            uri = action.get_object().get("/URI") if action else None
            if uri and re.match(r"https?://(127\.0\.0\.1|localhost)", str(uri)):
                local.append(str(uri))
            elif a.get("/Dest") or (action and action.get_object().get("/S") == "/GoTo"):
                internal += 1
    assert not local, f"links to the build server: {local[:5]}"
    assert internal > 10, f"only {internal} links jump inside the PDF"


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_is_wider_than_the_paper(pdfs, lang):
    reader = PdfReader(pdfs[lang])
    widths = {round(float(p.mediabox.width)) for p in reader.pages}
    assert widths == {596}, f"page widths {widths} (A4 is 596 pt)"
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdfs[lang]), "-"], capture_output=True, text=True
    ).stdout
    beyond = [m for m in re.findall(r'xMax="([\d.]+)"', bbox) if float(m) > 596]
    assert not beyond, f"{len(beyond)} words run past the right edge of the page"


@pytest.mark.parametrize("lang", LANGS)
def test_cover_names_version_date_and_commit(pdfs, lang):
    first = PdfReader(pdfs[lang]).pages[0].extract_text()
    assert ("版本" if lang == "zh" else "Version") in first
    assert re.search(r"\d{4}-\d{2}-\d{2}", first), first
    assert ("Python 编程指南" if lang == "zh" else "Python Programming Guide") in first


@pytest.mark.parametrize("lang", LANGS)
def test_no_code_block_is_parted_from_its_file_name(pdfs, lang):
    """A snippet's path (the code block's title) never ends a page with its code on
    the next one (docs/stylesheets/extra.css keeps them together)."""
    parted = []
    for number, page in enumerate(text_of(pdfs[lang]).split("\f"), 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = lines[:-1]  # the last line is the page number
        if body and re.fullmatch(r"snippets/\S+\.py", body[-1]):
            parted.append(f"page {number}: {body[-1]}")
    assert not parted, (
        f"{lang} PDF: code blocks parted from their file names: {parted} "
        "(fix: the print rules for .highlight in docs/stylesheets/extra.css)"
    )


def test_make_pdf_after_the_tests_prints_nothing_again(pdfs, tmp_path):
    """CI runs `make test` (which builds the PDFs above) and then `make pdf`: the second
    copies the PDFs of the same sources that the first kept (artifacts/pdf/) instead of
    printing the guide again. A change to any source prints anew (scripts/build_pdf.py)."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts/build_pdf.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("kept from an earlier build") == len(LANGS), proc.stdout
    for lang in LANGS:
        made = build_pdf.pdf_path(lang, tmp_path).read_bytes()
        assert made == pdfs[lang].read_bytes(), f"{lang}: the kept PDF is not the tested one"
    info = build_pdf.build_info()
    assert build_pdf.sources_key("zh", info) != build_pdf.sources_key(
        "zh", {**info, "PDF_COMMIT": "another"}
    ), "the cover details must be part of what decides reuse"


@pytest.mark.parametrize("lang", LANGS)
def test_no_run_controls_in_the_pdf(pdfs, lang):
    """The Run buttons are for the site (hooks/runner.py leaves them out of the PDF
    build; the print style sheet hides them too): paper shows code and its output."""
    from hooks.runner import TEXT

    text = squash(text_of(pdfs[lang]))
    for label in (TEXT[lang]["note"], TEXT[lang]["cannot"]):  # ("Run" is a common word)
        fixed = squash(max(re.split(r"\{\w+\}", label), key=len))
        assert fixed not in text, f"{lang} PDF shows the runner's {label!r}"
