"""HTTP servers: HTTPServer and ThreadingHTTPServer run request handlers.

BaseHTTPRequestHandler reads a request line and headers, then calls the method named
do_<COMMAND> of the handler, which answers with send_response, send_header,
end_headers and writes to wfile. SimpleHTTPRequestHandler serves the files under a
directory (index pages, directory listings, If-Modified-Since). `gopy -m http.server`
serves the current directory as CPython's does. gopy has no CGIHTTPRequestHandler.
"""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


class HTTPServer(socketserver.TCPServer):
    """A TCP server that knows its host's name (server_name) and port."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer that answers each connection in a daemon thread."""

    daemon_threads = True


def _escape_controls(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or 0x7f <= code < 0xa0:
            out.append('\\x%02x' % code)
        elif ch == '\\':
            out.append('\\\\')
        else:
            out.append(ch)
    return ''.join(out)


def _version_pair(version):
    """(major, minor) of an 'HTTP/x.y' string, or ValueError."""
    if not version.startswith('HTTP/'):
        raise ValueError(version)
    numbers = version[5:].split('.')
    if len(numbers) != 2 or not all(n.isdigit() and len(n) <= 10 for n in numbers):
        raise ValueError(version)
    return int(numbers[0]), int(numbers[1])


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads HTTP requests from a connection and dispatches them to do_<COMMAND>."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def parse_request(self):
        """Read the request line (in raw_requestline) and the headers.

        Sets command, path, request_version and headers; on a bad request, answers
        with the error and returns False.
        """
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                number = _version_pair(version)
            except ValueError:
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version[5:])
                return False
            self.request_version = version
        if len(words) > 3 or len(words) < 2:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % line)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command = command
        self.path = '/' + path.lstrip('/') if path.startswith('//') else path
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as exc:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(exc))
            return False
        except http.client.HTTPException as exc:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(exc))
            return False
        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            return self.handle_expect_100()
        return True

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' (here: always continue); False refuses."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read one request and call its do_<COMMAND> method."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler = getattr(self, 'do_' + self.command, None)
            if handler is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            handler()
            self.wfile.flush()
        except TimeoutError as exc:
            self.log_error("Request timed out: %r", exc)
            self.close_connection = True

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Answer with an error status and, where a body is allowed, an HTML page."""
        short, long = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", "%d" % len(body))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line, Server and Date."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, value in (('Server', self.version_string()), ('Date', self.date_time_string())):
            self.send_header(name, value)

    def send_response_only(self, code, message=None):
        """Buffer the status line alone."""
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        self._buffered().append(("%s %d %s\r\n" % (self.protocol_version, code, message))
                                .encode('latin-1', 'strict'))

    def _buffered(self):
        pending = getattr(self, '_headers_buffer', None)
        if pending is None:
            pending = self._headers_buffer = []
        return pending

    def send_header(self, keyword, value):
        """Buffer a header line; Connection: close/keep-alive also decides the connection's fate."""
        if self.request_version != 'HTTP/0.9':
            self._buffered().append(("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """End the headers and send what is buffered."""
        if self.request_version != 'HTTP/0.9':
            self._buffered().append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        pending = getattr(self, '_headers_buffer', None)
        if pending is not None:
            self._headers_buffer = []
            self.wfile.write(b"".join(pending))

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write 'client - - [time] message' to stderr, control characters escaped."""
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               _escape_controls(format % args)))

    def version_string(self):
        return '%s %s' % (self.server_version, self.sys_version)

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(time.time() if timestamp is None else timestamp,
                                      usegmt=True)

    def log_date_time_string(self):
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (now.tm_mday, self.monthname[now.tm_mon],
                                                 now.tm_year, now.tm_hour, now.tm_min,
                                                 now.tm_sec)

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from the files under directory (the current one by default)."""

    server_version = "SimpleHTTP/%s" % __version__
    index_pages = ("index.html", "index.htm")
    # Types of compressed files, which mimetypes reports as encodings instead.
    _encodings_map_default = {'.gz': 'application/gzip', '.Z': 'application/octet-stream',
                              '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz'}
    extensions_map = _encodings_map_default

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Send the status and headers for the path; return the file to copy, or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urllib.parse.urlsplit(self.path)
            if url.path[-1:] != '/':
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                target = url._replace(path=url.path + '/')
                self.send_header("Location", urllib.parse.urlunsplit(target))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for page in self.index_pages:
                candidate = os.path.join(path, page)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        source = None
        if not path.endswith("/"):
            try:
                source = open(path, 'rb')
            except OSError:
                pass
        if source is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            stats = os.fstat(source.fileno())
            if self._not_modified(stats):
                self.send_response(304)
                self.end_headers()
                source.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(stats.st_size))
            self.send_header("Last-Modified", self.date_time_string(stats.st_mtime))
            self.end_headers()
            return source
        except BaseException:
            source.close()
            raise

    def _not_modified(self, stats):
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (ValueError, TypeError, IndexError, OverflowError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=datetime.timezone.utc)
        if since.tzinfo is not datetime.timezone.utc:
            return False
        modified = datetime.datetime.fromtimestamp(stats.st_mtime, datetime.timezone.utc)
        return modified.replace(microsecond=0) <= since

    def list_directory(self, path):
        """Send an HTML listing of the directory path; return it as a file, or None."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown = html.escape(self._unquoted(self.path), quote=False)
        encoding = sys.getfilesystemencoding()
        title = 'Directory listing for ' + shown
        lines = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                 '<meta charset="%s">' % encoding,
                 '<title>%s</title>\n</head>' % title,
                 '<body>\n<h1>%s</h1>' % title, '<hr>\n<ul>']
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'),
                html.escape(label, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        data = '\n'.join(lines).encode(encoding, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def translate_path(self, path):
        """The file under directory that a URL path names ('..' and the like ignored)."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing = path.rstrip().endswith('/')
        path = self._unquoted(path)
        result = self.directory
        for word in posixpath.normpath(path).split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + '/' if trailing else result

    @staticmethod
    def _unquoted(path):
        try:
            return urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            return urllib.parse.unquote(path)

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-Type for path: extensions_map first, then mimetypes."""
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        guess = mimetypes.guess_type(path)[0]
        return guess or 'application/octet-stream'


def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, _, _, _, sockaddr = next(iter(infos))
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serve HandlerClass on port until interrupted (what `-m http.server` runs)."""
    family, address = _get_best_family(bind, port)
    ServerClass.address_family = family
    HandlerClass.protocol_version = protocol
    httpd = ServerClass(address, HandlerClass)
    with httpd:
        name, number = httpd.socket.getsockname()[:2]
        shown = '[%s]' % name if ':' in name else name
        print("Serving HTTP on %s port %s (http://%s:%s/) ..." % (name, number, shown, number))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print()
            print("Keyboard interrupt received, exiting.")
            sys.exit(0)


# The command line's options: flags, then argparse's keywords.
_OPTIONS = [
    (('--cgi',), dict(action='store_true', help='run as CGI server')),
    (('-b', '--bind'), dict(metavar='ADDRESS',
                            help='bind to this address (default: all interfaces)')),
    (('-d', '--directory'), dict(default=None,
                                 help='serve this directory (default: current directory)')),
    (('-p', '--protocol'), dict(metavar='VERSION', default='HTTP/1.0',
                                help='conform to this HTTP version (default: %(default)s)')),
    (('port',), dict(default=8000, type=int, nargs='?',
                     help='bind to this port (default: %(default)s)')),
]


def _main():
    import argparse

    parser = argparse.ArgumentParser()
    for flags, settings in _OPTIONS:
        parser.add_argument(*flags, **settings)
    args = parser.parse_args()
    if args.cgi:
        parser.error("gopy has no CGIHTTPRequestHandler")
    root = os.getcwd() if args.directory is None else args.directory

    class DualStackServer(ThreadingHTTPServer):
        def server_bind(self):
            try:
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            except Exception:
                pass
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self, directory=root)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DualStackServer,
         port=args.port, bind=args.bind, protocol=args.protocol)


if __name__ == "__main__":
    _main()
