"""Readers: every input kind, and every kind of bad input giving a clear error while the batch goes on."""

from __future__ import annotations

import gzip
import json
import os
import time


from khabar.ingest import Article, ReadOptions, read_inputs
from khabar.io import InputError
from tests.conftest import read_news

ARABIC = "أعلنت وزارة الصحة السعودية اليوم تسجيل حالات شفاء جديدة من فيروس كورونا في الرياض وجدة."


def read(*paths, **options) -> list:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_txt_with_sidecar_metadata_and_flag_defaults(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"id": "sa-1", "published": "2015-08-01 10:00:00"}))
    (tmp_path / "b.txt").write_text(ARABIC + " ثانية", encoding="utf-8")
    got = articles(read(tmp_path, defaults={"source": "spa"}))
    assert [(a.id, a.published, a.source) for a in got] == [("sa-1", "2015-08-01T10:00:00", "spa"), (None, None, "spa")]
    assert got[0].text == ARABIC


def test_windows_1256_file_is_read_correctly_not_rejected(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARABIC.encode("cp1256"))
    [article] = read(legacy)
    assert isinstance(article, Article) and article.text == ARABIC


def test_saudinewsnet_and_ant_style_jsonl_map_without_options(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"source": "was", "url": "http://x/1", "date_extracted": "2015-08-11 18:51:33", "title": "ع", "content": ARABIC},
        {"id": 7, "text": ARABIC, "time": 1439300000},
    ]) + "\n", encoding="utf-8")
    first, second = read(path)
    assert (first.url, first.source, first.published, first.text) == ("http://x/1", "was", "2015-08-11T18:51:33", ARABIC)
    assert (second.id, second.published[:10], second.origin) == ("7", "2015-08-11", f"{path}:2")


def test_field_mapping_option_names_the_keys(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"body": ARABIC, "text": "", "pub": "2015-01-02"}) + "\n", encoding="utf-8")
    [article] = read(path, fields={"text": "body", "published": "pub"})
    assert (article.text, article.published) == (ARABIC, "2015-01-02")


def test_bad_jsonl_lines_are_reported_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": ARABIC}),
        "{this is not json",
        json.dumps({"source": "sabq", "content": "  ", "title": ""}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": ARABIC + " أخيرا"}),
    ]) + "\n", encoding="utf-8")
    items = read(path)
    assert len(articles(items)) == 2
    assert [(e.line, e.source) for e in errors(items)] == [(2, str(path)), (3, str(path)), (4, str(path))]
    reasons = [e.reason for e in errors(items)]
    assert "not valid JSON" in reasons[0] and "has no text" in reasons[1] and "list" in reasons[2]


def test_empty_and_binary_files_are_clear_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    items = read(tmp_path)
    assert len(articles(items)) == 1
    by_file = {os.path.basename(e.source): e.reason for e in errors(items)}
    assert "empty" in by_file["empty.txt"]
    assert "binary" in by_file["binary.txt"]


def test_truncated_gzip_keeps_what_came_before_and_says_where_it_stopped(tmp_path):
    whole = gzip.compress("".join(json.dumps({"id": i, "text": f"{ARABIC} {i}"}) + "\n" for i in range(400)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = read(path)
    assert 0 < len(articles(items)) < 400
    [error] = errors(items)
    assert "truncated" in error.reason and error.line == len(articles(items)) + 1
    assert [a.id for a in articles(items)] == [str(i) for i in range(len(articles(items)))]


def test_gzip_text_and_folder_walk(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt.gz").write_bytes(gzip.compress(ARABIC.encode("utf-8")))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(ARABIC)
    [article] = read(tmp_path)
    assert article.text == ARABIC and article.origin.endswith("x.txt.gz")


def test_a_50_mb_single_line_file_is_refused_quickly(tmp_path):
    line = ("خبر " * 13_200_000).encode("utf-8")[: 50 * 2**20]
    big_txt = tmp_path / "huge.txt"
    big_txt.write_bytes(line)
    big_jsonl = tmp_path / "huge.jsonl"
    with open(big_jsonl, "wb") as fh:
        fh.write(b'{"text": "' + line + b'"}\n')
        fh.write(json.dumps({"text": ARABIC}).encode() + b"\n")
    started = time.perf_counter()
    items = read(big_txt, big_jsonl)
    assert time.perf_counter() - started < 20
    assert len(articles(items)) == 1  # the line after the huge one is still read
    assert [("MB limit" in e.reason, e.line) for e in errors(items)] == [(True, None), (True, 1)]


PAGE = """<html><head><title>بوتين: سنواصل الضربات | صحيفة</title></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/econ">اقتصاد</a></nav>
<article><h1>بوتين: سنواصل الضربات في سوريا</h1>
<p>قال الرئيس الروسي فلاديمير بوتين اليوم الخميس إن بلاده ستواصل ضرباتها الجوية ضد مواقع تنظيم الدولة الإسلامية في سوريا.</p>
<p>وأضاف بوتين في كلمة أمام منتدى فالداي في مدينة سوتشي أن الضربات الروسية دمرت مئات المواقع خلال الأسابيع الماضية.</p>
<p>وأكد أن موسكو مستعدة لتبادل المعلومات الاستخباراتية مع الدول الغربية في إطار مكافحة الإرهاب.</p>
</article><footer>جميع الحقوق محفوظة © 2015 — اتصل بنا — سياسة الخصوصية</footer></body></html>"""


def test_html_main_text_without_boilerplate(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = read(tmp_path / "page.html")
    assert "ستواصل ضرباتها الجوية" in article.text and "منتدى فالداي" in article.text
    assert "الحقوق محفوظة" not in article.text and "رياضة" not in article.text
    assert article.title and "بوتين" in article.title


def test_html_without_article_body_is_an_error(tmp_path):
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>الرئيسية</a></nav><footer>©</footer></body></html>")
    [error] = read(tmp_path / "menu.html")
    assert isinstance(error, InputError) and "no article body" in error.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>واس</title>
<item><title>خبر أول</title><link>http://spa.example/1</link><guid>spa-1</guid>
<pubDate>Tue, 11 Aug 2015 18:51:33 GMT</pubDate><description>&lt;p&gt;أغلق مؤشر بورصة كراتشي على ارتفاع.&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>http://spa.example/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title>
<entry><title>خبر</title><id>urn:x:1</id><updated>2015-09-30T10:00:00Z</updated><link href="http://a.example/1"/>
<content type="html">&lt;p&gt;بدأت القوات الجوية الروسية غاراتها في سوريا.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_feeds_give_one_article_per_entry(tmp_path):
    (tmp_path / "spa.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "agency.atom").write_text(ATOM, encoding="utf-8")
    items = read(tmp_path / "spa.rss", tmp_path / "agency.atom")
    rss, _headline_only, atom = articles(items)
    assert (rss.id, rss.url, rss.source, rss.published) == ("spa-1", "http://spa.example/1", "واس", "2015-08-11T18:51:33+00:00")
    assert rss.text == "أغلق مؤشر بورصة كراتشي على ارتفاع."
    assert (atom.id, atom.published) == ("urn:x:1", "2015-09-30T10:00:00+00:00")
    assert "غاراتها" in atom.text
    assert not errors(items)


def test_headline_only_records_keep_the_headline_as_text(tmp_path):
    """Photo stories carry a title and no body: stored with the title as text, not dropped."""
    path = tmp_path / "photos.jsonl"
    path.write_text(json.dumps({"title": "قصة مصورة: مليون مصل يؤدون صلاة العيد", "content": ""}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    (tmp_path / "headlines.rss").write_text(RSS, encoding="utf-8")
    photo, first, headline = articles(read(path, tmp_path / "headlines.rss"))
    assert photo.text == photo.title == "قصة مصورة: مليون مصل يؤدون صلاة العيد"
    assert first.text.startswith("أغلق") and headline.text == headline.title == "بلا نص"


def test_malformed_feed_is_an_error(tmp_path):
    (tmp_path / "broken.xml").write_text("<rss><channel><item><title>بلا إغلاق", encoding="utf-8")
    [error] = read(tmp_path / "broken.xml")
    assert isinstance(error, InputError) and "feed" in error.reason


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    [error] = read(tmp_path / "nowhere.jsonl")
    assert "no such file" in error.reason


def test_real_saudinewsnet_lines_map_to_articles(tmp_path):
    raw = read_news(50)
    path = tmp_path / "snn.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in raw).encode()))
    items = read(path)
    with_text = [r for r in raw if r["content"].strip()]
    assert [a.url for a in articles(items)] == [r["url"] for r in with_text]
    assert all(a.published and a.published[:4] == "2015" for a in articles(items))
    assert len(errors(items)) == len(raw) - len(with_text)


def test_feed_url_is_fetched_and_http_errors_are_reported():
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Feed(BaseHTTPRequestHandler):
        def do_GET(self):
            body, status = (RSS.encode("utf-8"), 200) if self.path == "/feed.rss" else (b"missing", 404)
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        items = list(read_inputs([f"{base}/feed.rss", f"{base}/gone.rss"]))
    finally:
        server.shutdown()
    entry, _headline_only = articles(items)
    assert entry.id.endswith("spa-1") and entry.url == "http://spa.example/1"  # a guid is resolved against the feed URL
    assert [e.reason for e in errors(items)][-1] == "feed URL answered HTTP 404"
