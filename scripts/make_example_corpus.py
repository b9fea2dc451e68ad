"""Write examples/corpus/: a small mixed folder for trying `onrecord ingest` (and for its tests).

The articles are short texts written for onrecord; the broken files are broken on purpose:
a truncated WARC.gz, a binary blob, undecodable bytes, a JSONL file with bad lines and a French article.
Run: .venv/bin/python scripts/make_example_corpus.py
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parents[1] / "examples" / "corpus"

TEXT_ARTICLE = """Zelensky presses allies for guarantees

KYIV — President Volodymyr Zelensky said on Tuesday that Ukraine would not accept a ceasefire without "real security guarantees" from its partners.

"We need guarantees that work, not promises on paper," Zelensky told reporters after meeting European envoys.

He stressed that any deal must include Europe. The Ukrainian leader also refused to rule out early elections once the fighting stops.

Russian Foreign Minister Sergei Lavrov said in a statement that Moscow opposed the deployment of any NATO forces in Ukraine.
"""

HTML_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Trump says Europe must lead on security | Harbor Times</title>
<meta property="og:site_name" content="Harbor Times">
<meta property="og:title" content="Trump says Europe must lead on security">
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2025-08-19T14:02:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Trump says Europe must lead on security</h1>
<p>WASHINGTON — President Donald J. Trump said on Monday that Europe would "be the first line of defense" in any settlement, though he promised American help.</p>
<p>"We're going to work with Ukraine. We're going to work with everybody," Trump said at the White House.</p>
<p>The American president also suggested that a summit with Vladimir Putin could take place within weeks.</p>
<p>Putin's spokesman, Dmitry Peskov, said the Kremlin was "studying the proposals carefully."</p>
</article>
<footer>Copyright 2025 Harbor Times. All rights reserved.</footer>
</body></html>
"""

WARC_PAGES = [
    ("https://www.northstar.example/2025/08/20/summit-plans", "2025-08-20T09:00:00Z", """<html><head>
<title>Summit plans take shape</title><meta property="og:site_name" content="Northstar Daily"></head><body>
<article><h1>Summit plans take shape</h1>
<p>Officials in Washington said on Wednesday that a three-way meeting between the leaders could come soon.</p>
<p>"We're going to work with Ukraine. We're going to work with everybody," President Trump said, repeating a line from Monday.</p>
<p>Melania Trump said in a statement that she hoped the children displaced by the war would be reunited with their families.</p>
<p>The Kremlin said it had not agreed to any date.</p>
</article></body></html>"""),
    ("https://www.northstar.example/2025/08/21/europe-reacts", "2025-08-21T10:30:00Z", """<html><head>
<title>Europe reacts</title><meta property="og:site_name" content="Northstar Daily"></head><body>
<article><h1>Europe reacts</h1>
<p>French President Emmanuel Macron said Europe was ready to "take its share of the burden" in guaranteeing Ukraine's security.</p>
<p>German Chancellor Friedrich Merz told lawmakers that Berlin would consider sending engineers but not combat troops.</p>
<p>The British prime minister said the coalition of the willing would meet again next week.</p>
</article></body></html>"""),
]

JSONL_ROWS = [
    {"id": "wire-001", "title": "Putin signals openness to talks", "published": "2025-08-18", "outlet": "Wire Service",
     "text": "Russian President Vladimir Putin said on Monday that Russia was \"open to dialogue\" but would not "
             "give up its security demands.\n\nThe Russian leader also denied that his forces had targeted "
             "civilian buildings in Kharkiv."},
    {"id": "wire-002", "title": "Vance on aid", "published": "2025-08-22", "outlet": "Wire Service",
     "text": "Vice President JD Vance said the United States would keep supplying intelligence to Kyiv. \"We are "
             "not walking away,\" Vance told a radio interviewer. He added that Europe should pay for most of the "
             "weapons."},
]

FRENCH = """Le président français a déclaré mardi que l'Europe était prête à assumer sa part du fardeau.
« Nous serons aux côtés de l'Ukraine », a-t-il affirmé devant la presse, ajoutant que les discussions se poursuivraient.
"""


def _warc(pages: list[tuple[str, str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, day, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                           http_headers=headers, warc_headers_dict={"WARC-Date": day})
        writer.write_record(record)
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "zelensky-guarantees.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (OUT / "trump-europe.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (OUT / "northstar.warc.gz").write_bytes(_warc(WARC_PAGES))
    lines = [json.dumps(r, ensure_ascii=False) for r in JSONL_ROWS]
    (OUT / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    broken = OUT / "broken"
    broken.mkdir(exist_ok=True)
    whole = _warc(WARC_PAGES)
    (broken / "truncated.warc.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (broken / "blob.txt").write_bytes(bytes(range(256)) * 16)
    (broken / "undecodable.txt").write_bytes("Le ministre a dit".encode("utf-16-le")[:-1] + b"\xff\xfe\x00")
    (broken / "bad-rows.jsonl").write_text(
        '{"id": "ok-1", "text": "The mayor said the bridge would reopen on Friday.", "published": "2025-08-23"}\n'
        '{"id": "broken", "text": "unterminated\n'
        '["not", "an", "object"]\n'
        '{"id": "no-text", "title": "missing the text field"}\n', encoding="utf-8")
    (broken / "french.txt").write_text(FRENCH, encoding="utf-8")
    with gzip.open(broken / "not-really.txt.gz", "wb") as gz:
        gz.write(b"The minister said talks would resume.")
    data = (broken / "not-really.txt.gz").read_bytes()
    (broken / "not-really.txt.gz").write_bytes(data[:20])  # truncated gzip


if __name__ == "__main__":
    main()
