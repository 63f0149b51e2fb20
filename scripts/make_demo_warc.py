"""Write the demo corpus's WARC file (two crawled pages) from the pages below.

Run once when the demo pages change: ``python scripts/make_demo_warc.py``. Needs warcio.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "dateline" / "demo" / "corpus" / "crawl.warc"

PAGES = [
    ("https://riversidetimes.example/iraq/troops-figure-0915", "2021-09-15T10:00:00Z", "Riverside Times",
     "Pentagon keeps 2,500 troops in Iraq as mission shifts", "2021-09-15",
     ["The Pentagon said on Wednesday that it had no plans to reduce the number of US troops in Iraq below "
      "2,500 as the mission moves from combat to advising, a figure unchanged since January.",
      "A spokesman said the number could change depending on conditions and on talks with the Iraqi government. "
      "Officials said most of the troops already work in training and advisory roles at bases in Baghdad, "
      "Erbil and Anbar province.",
      "Iraqi lawmakers from Iran-aligned parties said the figure showed that the United States was not serious "
      "about ending its military presence."]),
    ("https://gulfdispatch.example/a/1108-reactions", "2021-11-08T09:30:00Z", "Gulf Dispatch",
     "Leaders condemn attack on Iraqi prime minister", "2021-11-08",
     ["Governments across the region and beyond condemned on Monday the drone attack on the home of Iraqi Prime "
      "Minister Mustafa al-Kadhimi, which he survived unhurt.",
      "The United Nations Security Council called the attack an act of terrorism. Iran's foreign ministry also "
      "condemned it and said it was aimed at Iraq's stability.",
      "Iraqi investigators said the drones had been launched from east of Baghdad and that they were examining "
      "the remains of one that was shot down."]),
]


def page(title: str, outlet: str, date: str, paragraphs: list[str]) -> bytes:
    """Return a small HTML page for one article."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{date}T07:00:00Z"></head>'
        f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>"
    ).encode("utf-8")


def main() -> None:
    """Write the WARC file."""
    with OUT.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for url, crawled, outlet, title, date, paragraphs in PAGES:
            html = page(title, outlet, date, paragraphs)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": crawled})
            writer.write_record(record)


if __name__ == "__main__":
    main()
