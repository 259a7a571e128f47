"""A web page is checked as a story: only its story region, at the page's own positions."""
from pathlib import Path

from conftest import run_cli
from lint.config import Config, parse_config
from lint.engine import Linter
from lint.formats import load
from lint.formats.story import element_regions
from lint.run.runner import run_check

FORMATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats"
ARTICLE = FORMATS / "page_article.html"  # <article> between a nav, a header and a footer
PLAIN = FORMATS / "page_plain.html"  # the same page without <article>: trafilatura finds it


def found(path, config=None):
    result = run_check([str(path)], Linter(config or Config(), select=["boilerplate"]))
    return [(d.rule, d.start.line, d.start.column) for d in result.diagnostics]


def test_article_region_only_its_leftovers_at_page_positions():
    assert found(ARTICLE) == [("NL301", 7, 4)]


def test_extracted_region_when_no_article():
    assert found(PLAIN) == [("NL301", 7, 4)]


def test_whole_page_keeps_menus_and_footers():
    config = Config()
    config.whole_page = True
    whole = found(ARTICLE, config)
    assert ("NL301", 7, 4) in whole and len(whole) >= 5
    assert found(ARTICLE, parse_config({"formats": {"whole-page": True}})) == whole


def test_region_keeps_page_offsets():
    source = ARTICLE.read_text(encoding="utf-8")
    doc = load(str(ARTICLE), source, config=Config())[0][0]
    start, end = doc.source_map.region
    assert source[start:].startswith("<article>") and source[:end].endswith("</article>")
    assert "Sign up" not in doc.text and "Advertisement" in doc.text


def test_nested_articles_give_the_outermost():
    source = "<article>a<article>b</article>c</article><article>d</article>"
    assert [source[a:b] for a, b in element_regions(source, "article")] == [
        "<article>a<article>b</article>c</article>", "<article>d</article>"]


def test_fix_edits_only_the_story(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    run_cli("fix", "--select", "boilerplate", str(page), input=b"")
    fixed = page.read_text(encoding="utf-8")
    assert fixed.count("Advertisement") == 2 and "<p></p>" in fixed  # header and footer untouched
    result = run_cli("check", "--no-cache", "--whole-page", "-q", str(page), input=b"")
    assert b"Share this article" in result.stdout
