"""Open URLs: urlopen, Request, and the opener made of handlers behind them.

An OpenerDirector holds handlers and calls, for a URL of scheme S, every handler's
S_request method (to complete the request), the first S_open that answers (to fetch),
then every S_response (to check the answer). Errors go through S_error_CODE methods,
then S_error_default. gopy has handlers for http:, file: and data: URLs; https: needs
the ssl module, which gopy lacks, so it is an unknown URL type as in a CPython without ssl.
"""

import base64
import email.utils
import http.client
import io
import mimetypes
import os
import socket
import sys
import tempfile
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urljoin, unquote, quote, unquote_to_bytes, unwrap,
                          urlunparse, _splittype as splittype, _splithost as splithost,
                          _splitport as splitport)
from urllib.response import addinfourl, addclosehook

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'ProxyHandler', 'HTTPHandler', 'FileHandler',
    'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor', 'URLError', 'HTTPError',
    'ContentTooShortError', 'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a string or a Request) and return a file-like response."""
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise URLError('unknown url type: https')
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen uses."""
    global _opener
    _opener = opener


_temp_files = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy url's content to filename (a temporary file by default); return (filename, headers)."""
    scheme, path = splittype(url)
    with urlopen(url, data) as source:
        headers = source.info()
        if scheme == 'file' and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _temp_files.append(filename)
        with target:
            result = filename, headers
            block, got, size = 8192, 0, -1
            if 'content-length' in headers:
                size = int(headers['Content-Length'])
            if reporthook:
                reporthook(0, block, size)
            count = 0
            while True:
                piece = source.read(block)
                if not piece:
                    break
                got += len(piece)
                target.write(piece)
                count += 1
                if reporthook:
                    reporthook(count, block, size)
    if size >= 0 and got < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (got, size), result)
    return result


def urlcleanup():
    """Remove urlretrieve's temporary files and forget the installed opener."""
    global _opener
    for name in _temp_files:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _temp_files[:]
    _opener = None


def request_host(request):
    """The host of request's URL, lower case and without its port."""
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
    return host.rpartition(':')[0].lower() if ':' in host and not host.endswith(']') else host.lower()


class Request:
    """A URL request: the URL, data to send, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host or request_host(self)
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, _, fragment = self._full_url.partition('#')
        self.fragment = fragment or None
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data is not self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: the one given, else POST with data and GET without."""
        default = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = {**self.unredirected_hdrs, **self.headers}
        return list(merged.items())


class OpenerDirector:
    """Runs a request through its handlers (see the module's doc)."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in ("redirect_request", "do_open", "proxy_open"):
                continue
            scheme, _, kind = name.partition('_')
            if not kind:
                continue
            if kind.startswith("error"):
                code = kind[len("error_"):] if kind.startswith("error_") else ''
                if not code:
                    continue
                if code.isdigit():
                    code = int(code)
                table = self.handle_error.setdefault(scheme, {})
                key = code
            elif kind == "open":
                table, key = self.handle_open, scheme
            elif kind == "response":
                table, key = self.process_response, scheme
            elif kind == "request":
                table, key = self.process_request, scheme
            else:
                continue
            found = table.setdefault(key, [])
            if handler not in found:
                found.append(handler)
                found.sort()
            added = True
        if added:
            self.handlers.append(handler)
            self.handlers.sort()
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a string or a Request) through the handlers."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        scheme = req.type
        for processor in self.process_request.get(scheme, []):
            req = getattr(processor, scheme + "_request")(req)
        response = self._open(req, data)
        for processor in self.process_response.get(scheme, []):
            response = getattr(processor, scheme + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        scheme = req.type
        result = self._call_chain(self.handle_open, scheme, scheme + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Hand an error to the handlers: HTTP errors by code, then the default handler."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            code = args[2]
            result = self._call_chain(table, code, 'http_error_%s' % code, *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        table = self.handle_error.get(proto, {})
        return self._call_chain(table, proto, proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or completed by handlers."""
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    opener = OpenerDirector()
    given = set()
    for handler in handlers:
        for default in defaults:
            if isinstance(handler, type) and issubclass(handler, default):
                given.add(default)
            elif isinstance(handler, default):
                given.add(default)
    for default in defaults:
        if default not in given:
            opener.add_handler(default())
    for handler in handlers:
        opener.add_handler(handler() if isinstance(handler, type) else handler)
    return opener


class BaseHandler:
    """A handler: subclasses define <scheme>_open, _request, _response or _error_<code>."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turns a response whose status is not 2xx into an error."""

    handler_order = 1000

    def http_response(self, request, response):
        status = response.code
        if 200 <= status < 300:
            return response
        return self.parent.error('http', request, response, status, response.msg, response.info())

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for any error status no other handler took."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirections (10 at most, 4 to one URL)."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\nThe last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                or code in (301, 302, 303) and method == "POST"):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        dropped = ("content-length", "content-type")
        kept = {k: v for k, v in req.headers.items() if k.lower() not in dropped}
        return Request(newurl, headers=kept, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(
                newurl, code,
                "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                headers, fp)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urljoin(req.full_url, quote(urlunparse(parts), encoding="iso-8859-1",
                                             safe="%/:=&?~#+!$,;'@()*[]|"))
        follow = self.redirect_request(req, fp, code, msg, headers, newurl)
        if follow is None:
            return None
        seen = follow.redirect_dict = getattr(req, 'redirect_dict', {})
        times = seen.get(newurl, 0)
        if times >= self.max_repeats or len(seen) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        seen[newurl] = times + 1
        fp.read()
        fp.close()
        return self.parent.open(follow, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def getproxies():
    """The proxies named by the environment's <scheme>_proxy variables (lower case wins)."""
    found = {}
    for name, value in os.environ.items():
        if value and name.lower().endswith('_proxy') and not name.islower():
            found[name.lower()[:-6]] = value
    if 'REQUEST_METHOD' in os.environ:
        found.pop('http', None)
    for name, value in os.environ.items():
        if name.endswith('_proxy') and name.islower():
            if value:
                found[name[:-6]] = value
            else:
                found.pop(name[:-6], None)
    return found


def proxy_bypass(host):
    """True when the environment's no_proxy names host."""
    names = os.environ.get('no_proxy') or os.environ.get('NO_PROXY') or ''
    if names == '*':
        return True
    host = host.lower().partition(':')[0]
    for name in names.replace(' ', '').split(','):
        name = name.lower().lstrip('.')
        if name and (host == name or host.endswith('.' + name)):
            return True
    return False


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given (the environment's by default)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, 'keys'):
            raise TypeError("proxies must be a mapping")
        self.proxies = proxies
        for scheme, url in proxies.items():
            setattr(self, '%s_open' % scheme,
                    lambda r, proxy=url, type=scheme: self.proxy_open(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, rest = splittype(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        host = splithost(rest)[0] if rest.startswith('//') else rest
        if '@' in host:
            credentials, host = host.rsplit('@', 1)
            token = base64.b64encode(unquote(credentials).encode()).decode("ascii")
            req.add_header('Proxy-authorization', 'Basic ' + token)
        host = unquote(host)
        if req.host and proxy_bypass(req.host):
            return None
        req.set_proxy(host, proxy_type)
        if orig_type in (proxy_type, 'https'):
            return None  # the next handler fetches through the proxy
        return self.parent.open(req, timeout=req.timeout)


class AbstractHTTPHandler(BaseHandler):
    """Completes HTTP requests (Host, Content-Type, Content-Length) and fetches them."""

    def __init__(self, debuglevel=None):
        self._debuglevel = 0 if debuglevel is None else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        if not request.host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            has = request.has_header
            if not has('Content-type'):
                request.add_unredirected_header(
                    'Content-type', 'application/x-www-form-urlencoded')
            if not (has('Content-length') or has('Transfer-encoding')):
                length = http.client.HTTPConnection._body_length(data, request.get_method())
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = request.host
        if request.has_proxy():
            sel_host = splithost(splittype(request.selector)[1])[0]
        defaults = [('Host', sel_host)] + [(k.capitalize(), v) for k, v in self.parent.addheaders]
        for key, value in defaults:
            if not request.has_header(key):
                request.add_unredirected_header(key, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req on a new http_class connection and return its response."""
        host = req.host
        if not host:
            raise URLError('no host given')
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        if req._tunnel_host:
            tunnel = {}
            if "Proxy-Authorization" in headers:
                tunnel["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            conn.set_tunnel(req._tunnel_host, headers=tunnel)
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    """Opens http: URLs."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last resort: a URL no handler opens is an unknown type."""

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def url2pathname(pathname):
    """The local path of a file: URL's path."""
    return unquote(pathname)


def pathname2url(pathname):
    """The file: URL path of a local path."""
    return quote(pathname)


class FileHandler(BaseHandler):
    """Opens file: URLs of this host."""

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def open_local_file(self, req):
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            stamp = email.utils.formatdate(stats.st_mtime, usegmt=True)
            guessed, _ = mimetypes.guess_type(filename)
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                % (guessed or 'text/plain', size, stamp))
            if host:
                host, port = splitport(host)
            if not host or (not port and host in ('localhost', '127.0.0.1', socket.gethostname())):
                origurl = ('file://' + host + filename) if host else ('file://' + filename)
                source = open(localfile, 'rb')
                return addinfourl(source, headers, origurl)
        except OSError as exc:
            raise URLError(exc, exc.filename)
        raise URLError('file not on local host')


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string(
            "Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)))
        body = io.BytesIO(data)
        return addinfourl(body, headers, url)
