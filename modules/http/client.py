"""An HTTP/1.1 client: HTTPConnection sends requests, HTTPResponse reads what comes back.

A connection moves through three states: idle, a request started (headers being put)
and a request sent (its response not yet taken). getresponse() returns to idle; the
response then owns the socket's reading side until its body has been read.
"""

import email.parser
import email.message
import io
import socket
from http import HTTPStatus
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'
_IDLE, _STARTED, _SENT = 'Idle', 'Request-started', 'Request-sent'

# The status codes as module constants (http.client.OK == 200), and their phrases.
globals().update(HTTPStatus.__members__)
responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

# What a header name may hold (RFC 9110 tokens) and what a value may not (controls but TAB).
_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_METHODS_WITH_BODY = {'PATCH', 'POST', 'PUT'}


def _bad_value(value):
    """True when a line break in value does not start a continuation line."""
    for i, byte in enumerate(value):
        after = value[i + 1:i + 2]
        if byte == 0x0a and after not in (b' ', b'\t'):
            return True
        if byte == 0x0d and after not in (b' ', b'\t', b'\n'):
            return True
    return False


def _first_control(text):
    for ch in text:
        if ord(ch) <= 0x20 or ord(ch) == 0x7f:
            return ch
    return None


class HTTPMessage(email.message.Message):
    """The headers of a response."""

    def getallmatchingheaders(self, name):
        """The raw header lines named name (without regard to case)."""
        wanted = name.lower() + ':'
        found, inside = [], False
        for line in self.keys():
            if line[:len(wanted)].lower() == wanted:
                inside = True
            elif not line[:1].isspace():
                inside = False
            if inside:
                found.append(line)
        return found


def _read_header_lines(fp):
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from the binary file fp up to the empty line; return an _class."""
    text = b''.join(_read_header_lines(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """A response: its status line and headers (after begin()), then its body to read."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _status_line(self):
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(raw))
        if not raw:
            raise RemoteDisconnected("Remote end closed connection without response")
        line = str(raw, "iso-8859-1")
        parts = line.split(None, 2)
        if len(parts) < 2:
            self._close_conn()
            raise BadStatusLine(line)
        version, status = parts[0], parts[1]
        reason = parts[2] if len(parts) > 2 else ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if len(status) != 3 or not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Read the status line and the headers; decide how the body is delimited."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._status_line()
            if status != CONTINUE:
                break
            _read_header_lines(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)
        coding = self.headers.get("transfer-encoding")
        self.chunked = bool(coding and coding.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._closes_after()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (NO_CONTENT, NOT_MODIFIED) or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _closes_after(self):
        tokens = (self.headers.get("connection") or "").lower()
        if "close" in tokens:
            return True
        if self.version == 11:
            return False
        if "keep-alive" in tokens or self.headers.get("keep-alive"):
            return False
        return "keep-alive" not in (self.headers.get("proxy-connection") or "").lower()

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True once the whole body has been read or the response closed."""
        return self.fp is None

    def read(self, amt=None):
        """Up to amt bytes of the body (all of it by default)."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._exactly(self.length)
            self.length = 0
        self._close_conn()
        return data

    def _exactly(self, size):
        data = self.fp.read(size)
        if len(data) < size:
            raise IncompleteRead(data, size - len(data))
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n < 0 else n)

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD" or self.chunked:
            return b""
        return self.fp.peek(n) if hasattr(self.fp, "peek") else b""

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return super().readline(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        text = line.split(b";", 1)[0]
        try:
            return int(text, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b"") from None

    def _read_chunked(self, amt):
        parts = []
        while amt is None or amt > 0:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    self._exactly(2)
                size = self._chunk_size()
                if size == 0:
                    _read_header_lines(self.fp)
                    self._close_conn()
                    break
                self.chunk_left = size
            take = self.chunk_left if amt is None else min(amt, self.chunk_left)
            try:
                parts.append(self._exactly(take))
            except IncompleteRead as exc:
                raise IncompleteRead(b"".join(parts) + exc.partial) from None
            self.chunk_left -= take
            if amt is not None:
                amt -= take
        return b"".join(parts)

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header name (several joined with ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """The headers as a list of (name, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """One connection to an HTTP server, opened on the first request."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _IDLE
        self._method = None
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        if any(ord(ch) <= 0x20 or ord(ch) == 0x7f for ch in self.host):
            raise InvalidURL(f"URL can't contain control characters. {self.host!r} "
                             f"(found at least {_first_control(self.host)!r})")
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon, bracket = host.rfind(':'), host.rfind(']')
            if colon > bracket:
                digits = host[colon + 1:]
                if digits == '':
                    port = self.default_port
                else:
                    try:
                        port = int(digits)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
                host = host[:colon]
            else:
                port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def connect(self):
        """Open the socket to the server."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        """Close the socket and forget any response in progress."""
        self.__state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        """Send data: bytes, a file object or an iterable of bytes."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            text = "b" not in getattr(data, "mode", "b")
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                self.sock.sendall(block.encode("iso-8859-1") if text else block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, (str, int, float, type(None))) or not hasattr(data, '__iter__'):
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data)) from None
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, line):
        self._buffer.append(line)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        head = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(head)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = iter(lambda: message_body.read(self.blocksize), b'')
            if 'b' not in getattr(message_body, 'mode', 'b'):
                chunks = (c.encode('iso-8859-1') if isinstance(c, str) else c
                          for c in iter(lambda: message_body.read(self.blocksize), ''))
        elif isinstance(message_body, (bytes, bytearray, memoryview)):
            chunks = (message_body,)
        else:
            try:
                memoryview(message_body)
                chunks = (message_body,)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like object "
                                    "or an iterable, got %r" % type(message_body)) from None
        for chunk in chunks:
            if not chunk:
                continue
            if isinstance(chunk, str):
                chunk = chunk.encode('iso-8859-1')
            if encode_chunked and self._http_vsn == 11:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: its request line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _STARTED
        bad = _first_control(method)
        if bad is not None:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {bad!r})")
        self._method = method
        url = url or '/'
        bad = next((ch for ch in url if ord(ch) < 0x21 or ord(ch) == 0x7f), None)
        if bad is not None:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {bad!r})")
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if self._http_vsn != 11:
            return
        if not skip_host:
            host = None
            if url.startswith('http'):
                host = urlsplit(url).netloc or None
            if host:
                self.putheader('Host', host.encode("idna") if not host.isascii() else host)
            else:
                name = self._tunnel_host or self.host
                if ':' in name:
                    name = '[' + name + ']'
                port = self._tunnel_port if self._tunnel_host else self.port
                self.putheader('Host', name if port == self.default_port else "%s:%s" % (name, port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        """Add a header line; several values are joined as continuation lines."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not header or any(byte not in _TOKEN for byte in header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _bad_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Finish the headers and send them, with message_body if given."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        self.__state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request: method, url, headers and body."""
        names = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' not in names and 'transfer-encoding' not in names:
            length = self._body_length(body, method)
            if length is None:
                if body is not None:
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
            else:
                self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            try:
                body = body.encode('iso-8859-1')
            except UnicodeEncodeError as exc:
                raise UnicodeEncodeError(
                    exc.encoding, exc.object, exc.start, exc.end,
                    "Body (%.20r) is not valid Latin-1. Use body.encode('utf-8') "
                    "if you want to send it encoded in UTF-8." % body[exc.start:exc.end]) from None
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _body_length(body, method):
        if body is None:
            return 0 if method.upper() in _METHODS_WITH_BODY else None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, str):
            return len(body)
        try:
            return memoryview(body).nbytes
        except TypeError:
            return None

    def getresponse(self):
        """The response to the request sent; the connection is idle again after it."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, self.debuglevel, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise
