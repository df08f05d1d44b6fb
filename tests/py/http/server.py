"""http.server: SimpleHTTPRequestHandler over a temporary directory, BaseHTTPRequestHandler subclasses with keep-alive, errors for bad requests."""
import http.server, threading, urllib.request, urllib.error, os, tempfile, http.client, io, sys, functools

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        print("log:", fmt % args, file=sys.stdout if False else sys.stderr)

class Echo(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = ("%s %s %s" % (self.command, self.path, self.headers.get("X-A"))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])
    def log_message(self, *a): pass

tmp = tempfile.mkdtemp()
os.mkdir(os.path.join(tmp, "sub"))
with open(os.path.join(tmp, "a b.txt"), "w") as f: f.write("hello file")
with open(os.path.join(tmp, "x.json"), "w") as f: f.write("{}")
with open(os.path.join(tmp, "sub", "index.html"), "w") as f: f.write("<p>index</p>")
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=tmp))
threading.Thread(target=srv.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d" % srv.server_port
r = urllib.request.urlopen(base + "/")
print(r.status, r.headers["Content-type"], r.read().decode())
r = urllib.request.urlopen(base + "/a%20b.txt"); print(r.read(), r.headers["Content-type"], r.headers["Content-Length"], r.headers["Server"].split("/")[0])
r = urllib.request.urlopen(base + "/x.json"); print(r.headers["Content-type"])
r = urllib.request.urlopen(base + "/sub"); print(r.geturl()[-5:], r.read())
for p in ["/nope", "/../../etc/passwd"]:
    try: urllib.request.urlopen(base + p)
    except urllib.error.HTTPError as e: print(e.code, e.reason, e.read().decode()[-120:])
c = http.client.HTTPConnection("127.0.0.1", srv.server_port)
c.request("HEAD", "/a%20b.txt"); r = c.getresponse(); print(r.status, r.read(), r.getheader("Content-Length"))
c.close()
c = http.client.HTTPConnection("127.0.0.1", srv.server_port)
c.request("DELETE", "/x"); r = c.getresponse(); print(r.status, r.reason, r.read()[-60:])
c.close()
srv.shutdown(); srv.server_close()
srv = http.server.HTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=srv.serve_forever, daemon=True).start()
c = http.client.HTTPConnection("127.0.0.1", srv.server_port)
for i in range(2):
    c.request("GET", "/p%d" % i, headers={"X-A": "v"}); r = c.getresponse(); print(r.status, r.version, r.read())
c.request("POST", "/", body=b"abc"); r = c.getresponse(); print(r.status, r.reason, r.read())
c.close()
import socket
s = socket.create_connection(("127.0.0.1", srv.server_port))
s.sendall(b"BAD\r\n\r\n"); print(s.recv(4096).split(b"\r\n")[0]); s.close()
s = socket.create_connection(("127.0.0.1", srv.server_port))
s.sendall(b"GET / HTTP/2.0\r\n\r\n"); print(s.recv(4096).split(b"\r\n")[0]); s.close()
srv.shutdown(); srv.server_close()
import shutil; shutil.rmtree(tmp)
print(http.server.BaseHTTPRequestHandler.responses[404], http.server.SimpleHTTPRequestHandler.server_version, http.server.BaseHTTPRequestHandler.sys_version)
