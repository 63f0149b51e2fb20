"""HTML pages, feeds and WARC archives."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import dateline
from dateline.sources import read_items
from dateline.sources.feed import html_to_text
from dateline.sources.webpage import nesting_depth

from ..conftest import article_html

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><language>en</language>
<item><title>Vote date confirmed</title><link>https://c.example/1</link><guid>https://c.example/1</guid>
<pubDate>Tue, 10 Aug 2021 12:00:00 +0000</pubDate><description><![CDATA[<p>The commission confirmed the date.</p><p>Second paragraph.</p>]]></description></item>
<item><title>Empty</title><link>https://c.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Entry</title><link href="https://a.example/e"/><id>urn:e1</id><updated>2021-08-11T09:00:00Z</updated>
<content type="html">&lt;p&gt;Atom body text.&lt;/p&gt;</content></entry></feed>"""


def test_html_page(write) -> None:
    [article] = dateline.read(write("page.html", article_html()))
    assert article.title == "Leaders meet"
    assert article.date == dt.date(2021, 7, 26) and article.date_source == "page"
    assert article.outlet == "Test Herald"
    assert "two leaders met on Monday" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_html_without_article_fails(write) -> None:
    path = write("nav.html", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    [failure] = list(read_items([path]))
    assert isinstance(failure, dateline.Failure)
    assert failure.reason.startswith("no article text found in the page")


def test_deeply_nested_html_is_flattened(write) -> None:
    deep = "<div>" * 3000 + "<p>" + "Deep text of a real article about the talks. " * 10 + "</p>" + "</div>" * 3000
    path = write("deep.html", f"<html><body>{deep}</body></html>")
    [article, warning] = list(read_items([path]))
    assert isinstance(article, dateline.Article) and "Deep text" in article.text
    assert "flattened_html" in article.flags
    assert isinstance(warning, dateline.Failure) and warning.severity == "warning"
    assert nesting_depth("<html><body><br><p>x</p></body></html>") == 3


def test_rss_items(write) -> None:
    items = list(read_items([write("c.rss", RSS)]))
    article = items[0]
    assert isinstance(article, dateline.Article)
    assert (article.title, article.url, article.outlet, article.date) == (
        "Vote date confirmed", "https://c.example/1", "Courier", dt.date(2021, 8, 10))
    assert article.text == "The commission confirmed the date.\n\nSecond paragraph."
    assert [i.reason for i in items if isinstance(i, dateline.Failure)] == ["feed item has no text"]


def test_atom_sniffed_from_xml(write) -> None:
    [article] = dateline.read(write("feed.xml", ATOM))
    assert article.text == "Atom body text." and article.date == dt.date(2021, 8, 11)
    assert article.outlet == "Atom Daily"


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>One  two</p><p>Three<br>four</p>") == "One two\n\nThree\n\nfour"
    assert html_to_text("plain") == "plain"


def make_warc(pages: list[tuple[str, str]]) -> bytes:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    out = io.BytesIO()
    writer = warcio.warcwriter.WARCWriter(out, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2021-09-15T10:00:00Z"}))
    return out.getvalue()


# warcio's writer leaves a temporary file for the garbage collector; the reader is clean.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_warc_response_records(write) -> None:
    undated = article_html().replace('<meta property="article:published_time" content="2021-07-26T08:00:00Z">', "")
    path = write("crawl.warc.gz", make_warc([
        ("https://h.example/1", article_html(title="First page")),
        ("https://h.example/2", undated),
        ("https://h.example/3", "<html><body><nav>menu</nav></body></html>"),
    ]))
    items = list(read_items([path]))
    articles = [i for i in items if isinstance(i, dateline.Article)]
    assert [a.url for a in articles] == ["https://h.example/1", "https://h.example/2"]
    assert articles[0].date == dt.date(2021, 7, 26)
    assert articles[1].date == dt.date(2021, 9, 15) and articles[1].date_source == "warc"
    [failure] = [i for i in items if isinstance(i, dateline.Failure)]
    assert failure.item == f"{path}#https://h.example/3"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_truncated_warc_fails(write) -> None:
    data = make_warc([("https://h.example/1", article_html())])
    items = list(read_items([write("cut.warc.gz", data[: len(data) // 2])]))
    assert any(isinstance(i, dateline.Failure) and "truncated" in i.reason for i in items)


def test_latin1_page_labelled_utf8_fails(write) -> None:
    page = article_html(body="The café in Baghdad reopened on Monday after two years of repairs.")
    path = write("mislabelled.html", page.replace('charset="utf-8"', 'charset="utf-8"').encode("latin-1"))
    [failure] = list(read_items([path]))
    assert isinstance(failure, dateline.Failure)
    assert failure.reason.startswith("page labelled utf-8 but not valid utf-8 at byte")
    honest = write("latin.html", page.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1"))
    [article] = dateline.read(honest)
    assert "café" in article.text
