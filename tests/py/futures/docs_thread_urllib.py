"""The ThreadPoolExecutor example of the concurrent.futures docs, unchanged (_docs_thread_urllib.py),
its urllib.request.urlopen calls answered by a local HTTP proxy (http_proxy in the environment):
pages of known sizes, each after its own delay so that they complete in a fixed order, and a
Bad Gateway for the host that does not exist."""
import http.server
import os
import threading
import time

ANSWERS = {  # url -> (delay in seconds, status, body)
    'http://www.foxnews.com/': (0.0, 200, b'fox' * 100),
    'http://www.cnn.com/': (0.4, 200, b'cnn' * 7),
    'http://europe.wsj.com/': (0.8, 200, b''),
    'http://www.bbc.co.uk/': (1.2, 200, b'bbc' * 1000),
    'http://nonexistant-subdomain.python.org/': (1.6, 502, b'no such host'),
}


class Proxy(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        delay, status, body = ANSWERS[self.path]
        time.sleep(delay)
        self.send_response(status)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Proxy)
threading.Thread(target=server.serve_forever, daemon=True).start()
os.environ['http_proxy'] = 'http://127.0.0.1:%d' % server.server_port
os.environ.pop('no_proxy', None)
os.environ.pop('NO_PROXY', None)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '_docs_thread_urllib.py')) as f:
    exec(compile(f.read(), '_docs_thread_urllib.py', 'exec'), {'__name__': '__main__'})
server.shutdown()
