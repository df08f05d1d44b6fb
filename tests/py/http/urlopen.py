"""urllib.request and http.client against a small HTTP server in a thread."""
import socketserver, threading, urllib.request, urllib.error, http.client, json

class H(socketserver.StreamRequestHandler):
    def handle(self):
        while self.one():
            pass
    def one(self):
        line = self.rfile.readline().decode()
        if not line: return False
        headers = []
        while True:
            h = self.rfile.readline()
            if h in (b"\r\n", b""): break
            headers.append(h.decode().strip())
        method, path, _ = line.split()
        n = 0
        for h in headers:
            if h.lower().startswith("content-length:"): n = int(h.split(":")[1])
        body = self.rfile.read(n) if n else b""
        if path == "/missing":
            msg = b"nope"
            self.wfile.write(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\n" + msg)
        elif path == "/redirect":
            self.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: /echo\r\nContent-Length: 0\r\n\r\n")
        elif path == "/chunked":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        else:
            out = json.dumps({"method": method, "path": path, "headers": headers, "body": body.decode()}).encode()
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(out) + out)
        return path != "/missing"

class S(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

srv = S(("127.0.0.1", 0), H)
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d" % port

with urllib.request.urlopen(base + "/echo?x=1") as r:
    print(r.status, r.reason, r.getheader("Content-Type"), type(r).__name__, r.geturl() == base + "/echo?x=1")
    d = json.loads(r.read())
    print(d["method"], d["path"], [h for h in d["headers"] if not h.startswith("Host")])
req = urllib.request.Request(base + "/post", data=b"a=1&b=2", headers={"X-Test": "yes"})
with urllib.request.urlopen(req) as r:
    d = json.loads(r.read()); print(d["method"], d["body"], [h for h in d["headers"] if not h.startswith("Host")])
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    print(type(e).__name__, e.code, e.reason, e, repr(e), e.read(), e.headers["Content-Type"])
with urllib.request.urlopen(base + "/redirect") as r:
    print(r.status, r.geturl()[-5:], json.loads(r.read())["path"])
with urllib.request.urlopen(base + "/chunked") as r:
    print(r.read(), r.headers.get_content_charset(), r.info().get_content_type())
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
c.request("GET", "/echo")
r = c.getresponse(); print(r.status, r.version, len(r.getheaders()), json.loads(r.read())["path"], r.isclosed())
c.request("PUT", "/put", body="text")
r = c.getresponse(); print(json.loads(r.read())["body"])
c.close()
try:
    urllib.request.urlopen("http://127.0.0.1:1/")
except urllib.error.URLError as e:
    print(e, repr(e.reason))
for bad in ["ftp2://x/", "nourl"]:
    try: urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e: print(type(e).__name__, e)
try: http.client.HTTPConnection("host:abc")
except http.client.InvalidURL as e: print(e)
print(http.client.responses[404], http.client.NOT_FOUND, http.client.HTTPConnection("[::1]:8080").host)
try: c.putheader("X", "y")
except http.client.CannotSendHeader as e: print(repr(e))
print(repr(http.client.IncompleteRead(b"ab", 3)), http.client.BadStatusLine(""), repr(http.client.LineTooLong("header line")))
with urllib.request.urlopen("data:text/plain;base64,aGVsbG8=") as r: print(r.read(), r.headers["Content-type"])
import os, tempfile
tmp = tempfile.mkdtemp()
f = os.path.join(tmp, "f.txt")
open(f, "w").write("file body")
with urllib.request.urlopen("file://" + f) as r: print(r.read(), r.headers["Content-type"])
fn, hdrs = urllib.request.urlretrieve(base + "/echo", os.path.join(tmp, "out.json")); print(os.path.basename(fn), json.loads(open(fn).read())["path"])
srv.shutdown()
import shutil; shutil.rmtree(tmp)
