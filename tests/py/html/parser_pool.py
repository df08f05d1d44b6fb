# html.parser in a scraping script: pages served over HTTP, fetched with
# urllib.request and parsed by an HTMLParser subclass in a multiprocessing Pool.
import http.server
import multiprocessing
import threading
import urllib.request
from html.parser import HTMLParser

PAGES = {
    "/": "<html><head><title>Index &amp; more</title></head><body>"
         "<a href='/a'>A</a> <a href=/b>B</a> <A HREF=\"/c\">C</A></body></html>",
    "/a": "<!DOCTYPE html><title>Page A</title><p>caf&eacute; <a href='/b'>to b</a>"
          "<script>var x = '<a href=/no>';</script>",
    "/b": "<title>B</title><ul><li><a href=\"/a?x=1&amp;y=2\">a</a><li><a>none</a></ul>",
    "/c": "<title>C &lt;3</title><!-- <a href='/hidden'> --><img src=c.png alt=''/>",
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGES.get(self.path)
        if body is None:
            self.send_error(404)
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Scraper(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title = ""
        self.links = []
        self.images = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        elif tag == "title":
            self._in_title = True

    def handle_startendtag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def scrape(url):
    with urllib.request.urlopen(url) as resp:
        raw = resp.read()
    p = Scraper()
    # feed in small pieces, as a streaming reader would
    text = raw.decode("utf-8")
    for k in range(0, len(text), 5):
        p.feed(text[k:k + 5])
    p.close()
    return url.split(":", 2)[2].split("/", 1)[1], p.title, p.links, p.images


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    with multiprocessing.Pool(2) as pool:
        for path, title, links, images in pool.map(scrape, [base + p for p in sorted(PAGES)]):
            print(repr("/" + path), repr(title), links, images)
    server.shutdown()
    server.server_close()
