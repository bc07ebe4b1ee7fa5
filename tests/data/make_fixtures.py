#!/usr/bin/env python3
"""Writes the small input fixtures used by the tests (tests/data/inputs and
tests/data/broken). Run from anywhere; the outputs are committed, so the tests
need neither Python nor this script. Deterministic: fixed times in archives."""
import gzip, io, json, os, tarfile, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
INP = os.path.join(HERE, "inputs")
BRK = os.path.join(HERE, "broken")
os.makedirs(INP, exist_ok=True)
os.makedirs(BRK, exist_ok=True)

AR1 = "الرياض - واس\nأعلنت وزارة الصحة اليوم تسجيل 1,250 حالة جديدة في المملكة.\nوقال المتحدث إن الوضع مستقر."
AR2 = "جدة 21 يوليو 2015 / افتتح أمير المنطقة مشروعا جديدا بتكلفة ١٢٫٥ مليون ريال."
AR3 = "بيروت (أ ف ب) - قال مسؤولون إن المفاوضات مستمرة منذ الأيام الثلاثة الماضية."

def w(path, data, mode="wb"):
    with open(path, mode) as f:
        f.write(data)

def gz(data):
    # mtime=0 keeps the bytes stable from run to run
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()

# --- JSON array in the SaudiNewsNet format, one record without content ---
snn = [
    {"source": "was", "url": "http://www.spa.gov.sa/1", "date_extracted": "2015-07-21 02:51:32",
     "title": "الصحة: 1,250 حالة", "author": "", "content": AR1},
    {"source": "okaz", "url": "http://www.okaz.com.sa/2", "date_extracted": "2015-07-21 10:00:00",
     "title": "مشروع في جدة", "author": "محرر", "content": AR2},
    {"source": "sabq", "url": "http://sabq.org/3", "date_extracted": "2015-07-22 08:15:00",
     "title": "صورة", "author": "", "content": " "},
]
w(os.path.join(INP, "snn_sample.json"), json.dumps(snn, ensure_ascii=False, indent=4).encode())

# --- JSON Lines with other field names (needs --field text=body) ---
lines = [
    {"headline": "Talks continue", "body": "Officials said the talks would continue on Monday.",
     "link": "https://example.org/a", "published_at": "2015-07-23T09:30:00Z", "site": "example.org"},
    {"headline": "Second", "body": "The second story is here.", "link": "https://example.org/b",
     "published_at": "Thu, 23 Jul 2015 10:00:00 +0300"},
]
w(os.path.join(INP, "other_fields.jsonl"),
  ("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n").encode())

# --- an HTML page with navigation, ads, read-also, JSON-LD and meta times ---
html = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>تحرير البوكمال | موقع الأخبار</title>
<meta property="og:title" content="الجيش يحرر البوكمال">
<meta property="og:site_name" content="موقع الأخبار">
<meta property="article:published_time" content="2017-11-19T21:11:00+03:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"الجيش يحرر البوكمال","datePublished":"2017-11-19T21:11:00+03:00","author":{"@type":"Person","name":"مراسلنا"}}</script>
<script>var ads = "do not read me";</script>
</head><body>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة وأخبار الملاعب والفرق</a></li></ul></nav>
<div class="ad-banner">إعلان: اشترك الآن واحصل على خصم كبير على جميع المنتجات</div>
<article class="article-body">
<h1>الجيش يحرر البوكمال</h1>
<p>حرر الجيش السوري وحلفاؤه مدينة البوكمال في ريف دير الزور الجنوبي الشرقي بشكل كامل.</p>
<p>وذكرت مصادر عسكرية أن نحو 150 مسلحا فروا إلى شرق نهر الفرات خلال الساعات الماضية.</p>
<p>اقرأ أيضا:</p>
<ul><li><a href="/x">عنوان خبر آخر</a></li></ul>
<p>وأضافت المصادر أن عمليات التمشيط مستمرة في أحياء المدينة لإزالة الألغام.</p>
</article>
<aside class="related-news"><p>خبر ذو صلة لا ينبغي أن يظهر في النص الرئيسي للمقال أبدا.</p></aside>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار 2017 وما بعدها من سنوات.</p></footer>
</body></html>
"""
w(os.path.join(INP, "page.html"), html.encode())

# --- the same kind of page in Windows-1256 and ISO-8859-6 with meta charset ---
p1256 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>خبر قديم</title></head><body><div id="content">
<p>هذا خبر من موقع عربي قديم مكتوب بترميز ويندوز العربي 1256 لاختبار التحويل.</p>
</div></body></html>"""
w(os.path.join(INP, "old_site_cp1256.html"), p1256.encode("cp1256"))
p88596 = """<html><head><meta charset="iso-8859-6"><title>خبر</title></head><body>
<p>هذا خبر مكتوب بترميز ايزو ٨٨٥٩-٦ لاختبار التحويل الى يونيكود.</p></body></html>"""
w(os.path.join(INP, "old_site_iso88596.html"), p88596.replace("١٢٥٦", "").replace("٨٨٥٩-٦", "8859-6").encode("iso-8859-6"))

# --- plain text in Windows-1256 without any declaration (detected) ---
w(os.path.join(INP, "plain_cp1256.txt"), (AR3 + "\nوأضافوا أن الجولة المقبلة ستعقد في جنيف الأسبوع المقبل بحضور جميع الأطراف المعنية بالأزمة.").encode("cp1256"))
# --- UTF-16LE with BOM, UTF-8 with BOM ---
w(os.path.join(INP, "utf16.txt"), b"\xff\xfe" + AR2.encode("utf-16-le"))
w(os.path.join(INP, "utf8_bom.txt"), b"\xef\xbb\xbf" + AR1.encode())

# --- RSS 2.0 and Atom ---
rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>وكالة الأنباء</title><link>https://news.example/</link>
<item><title>خبر أول</title><link>https://news.example/1</link><guid>news-1</guid>
<pubDate>Sun, 19 Nov 2017 21:11:00 +0300</pubDate><dc:creator>مراسل</dc:creator>
<description><![CDATA[<p>أعلن الجيش السوري تحرير مدينة البوكمال بالكامل.</p>]]></description></item>
<item><title>خبر ثان</title><link>https://news.example/2</link>
<pubDate>Mon, 20 Nov 2017 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>بدأت فرق الهندسة تفكيك الألغام في المدينة.</p><p>وقال مصدر إن العمل سيستمر أياما.</p>]]></content:encoded></item>
</channel></rss>"""
w(os.path.join(INP, "feed.rss"), rss.encode())
atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Talks resume</title><link rel="alternate" href="https://wire.example/talks"/>
<id>urn:wire:1</id><published>2017-11-19T10:00:00Z</published><author><name>Staff</name></author>
<content type="html">&lt;p&gt;Talks resumed in Geneva on Sunday, officials said.&lt;/p&gt;</content></entry>
</feed>"""
w(os.path.join(INP, "wire.atom"), atom.encode())

# --- WARC with warcinfo, request, an HTML response, an image and a 404 ---
def warc_record(wtype, uri, payload, ctype, date="2017-11-20T01:02:03Z"):
    head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{zlib.crc32((uri + wtype).encode()):012d}>\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"

def http(body, ctype="text/html; charset=utf-8", status="200 OK"):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body

warc = b"".join([
    warc_record("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
    warc_record("request", "https://site.example/news/1", b"GET /news/1 HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
    warc_record("response", "https://site.example/news/1", http(html.encode()), "application/http; msgtype=response"),
    warc_record("response", "https://site.example/logo.png", http(b"\x89PNG....", "image/png"), "application/http; msgtype=response"),
    warc_record("response", "https://site.example/missing", http(b"<html>not found</html>", status="404 Not Found"), "application/http; msgtype=response"),
    warc_record("response", "https://site.example/old", http(p1256.encode("cp1256"), "text/html; charset=windows-1256"), "application/http; msgtype=response"),
])
w(os.path.join(INP, "crawl.warc"), warc)
# WARC.gz as Common Crawl writes it: one gzip member per record
w(os.path.join(INP, "crawl.warc.gz"), b"".join(gz(r) for r in [warc]))

# --- archives holding other inputs ---
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("a/one.txt", AR1.encode()), ("a/two.txt", AR2.encode()),
                       ("feeds/feed.rss", rss.encode())]:
        zi = zipfile.ZipInfo(name, date_time=(2015, 7, 21, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
w(os.path.join(INP, "bundle.zip"), zbuf.getvalue())
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w", format=tarfile.USTAR_FORMAT) as t:
    for name, data in [("x/three.txt", AR3.encode()), ("x/lines.jsonl", (json.dumps(snn[0], ensure_ascii=False) + "\n").encode())]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
w(os.path.join(INP, "bundle.tar.gz"), gz(tbuf.getvalue()))
w(os.path.join(INP, "single.jsonl.gz"), gz((json.dumps(snn[1], ensure_ascii=False) + "\n").encode()))

# --- broken inputs: each gives diagnostics, none crashes ---
good = [json.dumps(x, ensure_ascii=False) for x in snn[:2]]
w(os.path.join(BRK, "broken_line.jsonl"), (good[0] + "\n" + good[1][: len(good[1]) // 2] + "\n" + good[1] + "\n").encode())
w(os.path.join(BRK, "truncated_array.json"), json.dumps(snn, ensure_ascii=False, indent=1).encode()[:-120])
w(os.path.join(BRK, "empty.txt"), b"")
w(os.path.join(BRK, "binary.bin"), bytes(range(256)) * 8)
w(os.path.join(BRK, "invalid_utf8.txt"), AR1.encode()[:41] + b"\xff\xfe\xc0\xaf" + AR1.encode()[41:])
w(os.path.join(BRK, "no_text.html"), b"<html><head><title>x</title><script>var a=1;</script></head><body><nav><a href='/'>home</a></nav></body></html>")
whole_gz = gz(("\n".join(good) + "\n").encode() * 50)
w(os.path.join(BRK, "truncated.jsonl.gz"), whole_gz[: len(whole_gz) * 2 // 3])
whole_zip = zbuf.getvalue()
w(os.path.join(BRK, "truncated.zip"), whole_zip[: len(whole_zip) // 2])
w(os.path.join(BRK, "not_closed.rss"), rss.encode()[: len(rss.encode()) * 3 // 4])
w(os.path.join(BRK, "truncated.warc"), warc[: len(warc) - 200])
w(os.path.join(BRK, "no_content.json"), json.dumps([{"source": "x", "title": "t", "content": ""}, {"source": "y", "title": "u"}], ensure_ascii=False).encode())
# A tar whose second member's header is damaged (its name overwritten, so
# its checksum fails): the first and third members are still read.
dbuf = io.BytesIO()
with tarfile.open(fileobj=dbuf, mode="w", format=tarfile.USTAR_FORMAT) as t:
    for name, data in [("d/one.txt", AR1.encode()), ("d/two.txt", AR2.encode()), ("d/three.txt", AR3.encode())]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
damaged = bytearray(dbuf.getvalue())
second = 512 + (len(AR1.encode()) + 511) // 512 * 512
damaged[second:second + 6] = b"XXXXXX"
w(os.path.join(BRK, "damaged_header.tar"), bytes(damaged))
print("fixtures written")
