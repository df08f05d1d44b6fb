"""Split URLs into components and join them again, resolve relative URLs against a base,
and percent-encode or decode the text of URL parts and query strings (RFC 3986, with the
WHATWG clean-up of leading control characters that CPython 3.11 applies)."""

import functools
from collections import namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Scheme classification tables (public names scripts extend, e.g. uses_netloc.append('s3')).
uses_relative = ('- ftp http gopher nntp imap wais file https shttp mms prospero rtsp rtsps '
                 'rtspu sftp svn svn+ssh ws wss').split()
uses_netloc = ('- ftp http gopher nntp telnet imap wais file mms https shttp snews prospero '
               'rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss').split()
uses_params = ('- ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips mms sftp '
               'tel').split()
non_hierarchical = 'gopher hdl mailto news telnet wais imap snews sip sips'.split()
uses_query = '- http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips'.split()
uses_fragment = '- ftp hdl http gopher news nntp wais https shttp snews file prospero'.split()
for _table in (uses_relative, uses_netloc, uses_params, uses_query, uses_fragment):
    _table[0] = ''  # '-' above stands for the empty scheme of a relative URL

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_AND_SPACE = ''.join(map(chr, range(0x21)))
_STRIPPED_INSIDE = '\t\r\n'


# --- str and bytes -------------------------------------------------------------------
# Every function works on str. Called with bytes (all arguments alike), it decodes them
# as ASCII and encodes what it returns the same way.

def _as_text(*args):
    first_is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != first_is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if first_is_str:
        return args + (_unchanged,)
    decoded = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return decoded + (_to_ascii_bytes,)


def _unchanged(value):
    return value


def _to_ascii_bytes(value):
    return value.encode('ascii', 'strict')


# --- result types ----------------------------------------------------------------------

class _ResultMixinStr(object):
    """encode() of a result made from str parts."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    """decode() of a result made from bytes parts."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocResultMixinBase(object):
    """username, password, hostname and port read from the netloc part."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # An IPv6 zone id ("%eth0") keeps its case; the address itself is lowered.
        address, pct, zone = host.partition('%' if isinstance(host, str) else b'%')
        return address.lower() + pct + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(_GenericAlias)


def _netloc_parts(netloc, at, colon, lbracket, rbracket):
    # ((username, password), (host, port)) of a netloc; the separators are str or bytes.
    userinfo, has_user, hostport = netloc.rpartition(at)
    if has_user:
        user, has_pass, password = userinfo.partition(colon)
        credentials = (user, password if has_pass else None)
    else:
        credentials = (None, None)
    before, has_bracket, rest = hostport.partition(lbracket)
    if has_bracket:
        host, _, after = rest.partition(rbracket)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return credentials, (host, port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_parts(self.netloc, '@', ':', '[', ']')[0]

    @property
    def _hostinfo(self):
        return _netloc_parts(self.netloc, '@', ':', '[', ']')[1]


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_parts(self.netloc, b'@', b':', b'[', b']')[0]

    @property
    def _hostinfo(self):
        return _netloc_parts(self.netloc, b'@', b':', b'[', b']')[1]


ResultBase = _NetlocResultMixinStr

_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _defrag_url(result, hash_mark):
    return result.url + hash_mark + result.fragment if result.fragment else result.url


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return _defrag_url(self, '#')


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return _defrag_url(self, b'#')


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text_type, _bytes_type in ((DefragResult, DefragResultBytes),
                                (SplitResult, SplitResultBytes),
                                (ParseResult, ParseResultBytes)):
    _text_type._encoded_counterpart = _bytes_type
    _bytes_type._decoded_counterpart = _text_type


# --- splitting and joining -------------------------------------------------------------

def _take_scheme(url):
    # (scheme, rest) when url starts with a valid scheme and ':', else ('', url).
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return '', url
    candidate = url[:colon]
    if all(c in scheme_chars for c in candidate):
        return candidate.lower(), url[colon + 1:]
    return '', url


def _netloc_end(url, start):
    # Index where the authority that starts at `start` ends: the first '/', '?' or '#'.
    ends = [k for k in (url.find(c, start) for c in '/?#') if k >= 0]
    return min(ends) if ends else len(url)


def _check_ip_literal(host):
    # The text between '[' and ']': an IPv6 address (with an optional zone) or an
    # IPvFuture form "v<hex>.<anything>".
    if host.startswith('v'):
        dot = host.find('.')
        hexpart = host[1:dot] if dot > 0 else ''
        if not (hexpart and all(c in '0123456789abcdefABCDEF' for c in hexpart)
                and dot + 1 < len(host)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _is_ipv4(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not (octet.isascii() and octet.isdigit()) or len(octet) > 3:
            return False
        if len(octet) > 1 and octet[0] == '0' or int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    address, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    if '.' in address:
        # A dotted IPv4 tail stands for the last two groups.
        head, _, tail = address.rpartition(':')
        if not _is_ipv4(tail):
            return False
        address = head + ':0:0'
    halves = address.split('::')
    if len(halves) > 2:
        return False
    groups = [g for half in halves if half for g in half.split(':')]
    for g in groups:
        if not (1 <= len(g) <= 4 and all(c in '0123456789abcdefABCDEF' for c in g)):
            return False
    return len(groups) < 8 if len(halves) == 2 else len(groups) == 8


def _check_netloc(netloc):
    # A non-ASCII netloc must not turn into a different host under NFKC (the form IDNA
    # uses): "\u2100" expands to "a/c".
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = ''.join(c for c in netloc if c not in '@:#?')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(c in folded for c in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid "
                         "characters under NFKC normalization")


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into the 5 parts of <scheme>://<netloc>/<path>?<query>#<fragment>; a
    SplitResult (SplitResultBytes for bytes). scheme is the default when url has none;
    with allow_fragments false a '#' stays in the path or query. Escapes are kept."""
    url, scheme, back = _as_text(url, scheme)
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for c in _STRIPPED_INSIDE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    found, rest = _take_scheme(url)
    if found:
        scheme, url = found, rest
    netloc = query = fragment = ''
    if url.startswith('//'):
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_ip_literal(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _check_netloc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    # Path and ';params' of the last segment of a path.
    slash = path.rfind('/')
    semicolon = path.find(';', slash if slash >= 0 else 0)
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Like urlsplit, and the ';params' of the last path segment apart (for the schemes in
    uses_params): a 6-part ParseResult or ParseResultBytes."""
    url, scheme, back = _as_text(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                            parts.fragment))


def urlunsplit(components):
    """The URL made of the 5 parts urlsplit returns (any 5-item iterable)."""
    scheme, netloc, url, query, fragment, back = _as_text(*components)
    if netloc or (scheme and scheme in uses_netloc and not url.startswith('//')):
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    pieces = [scheme + ':' if scheme else '', url]
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return back(''.join(pieces))


def urlunparse(components):
    """The URL made of the 6 parts urlparse returns."""
    scheme, netloc, url, params, query, fragment, back = _as_text(*components)
    if params:
        url = f"{url};{params}"
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dots(segments):
    # Resolve '.' and '..' segments; '..' above the root is dropped.
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, the way a browser follows a relative link."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _as_text(base, url)
    b = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b.netloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, b.path, b.params, query or b.query,
                                fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = b.path.split('/')
        if directory[-1]:
            directory.pop()
        segments = directory + path.split('/')
        # Empty segments inside would become '//' when joined again.
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    joined = '/'.join(_remove_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment) as a DefragResult."""
    url, back = _as_text(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    scheme, netloc, path, params, query, fragment = urlparse(url)
    return back(DefragResult(urlunparse((scheme, netloc, path, params, query, '')), fragment))


# --- percent-encoding ------------------------------------------------------------------

_HEX = '0123456789ABCDEFabcdef'
_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def unquote_to_bytes(string):
    """The bytes of string with each %XX escape replaced by its byte (str is UTF-8
    encoded first); a '%' that starts no valid escape stays."""
    if not string:
        string.split  # anything but str or bytes-like fails here, as in CPython
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else bytes(string)
    if b'%' not in raw:
        return raw
    out = bytearray()
    pos = 0
    while True:
        k = raw.find(b'%', pos)
        if k < 0:
            out += raw[pos:]
            return bytes(out)
        out += raw[pos:k]
        pair = raw[k + 1:k + 3]
        if len(pair) == 2 and all(c in b'0123456789ABCDEFabcdef' for c in pair):
            out.append(int(pair, 16))
            pos = k + 3
        else:
            out.append(0x25)
            pos = k + 1


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %XX escapes decoded: runs of escaped bytes are read as `encoding`
    text (undecodable ones handled by `errors`)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    # Non-ASCII characters cannot be part of an escape; ASCII runs are decoded as a
    # whole so that a multi-byte character split over several escapes comes back whole.
    pieces, run = [], []
    for ch in string:
        if ch < '\x80':
            run.append(ch)
            continue
        if run:
            pieces.append(unquote_to_bytes(''.join(run)).decode(encoding, errors))
            run = []
        pieces.append(ch)
    if run:
        pieces.append(unquote_to_bytes(''.join(run)).decode(encoding, errors))
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() of a form value: '+' means a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


@functools.lru_cache
def _byte_table(safe):
    # The text each byte value becomes under quote() with these extra safe bytes.
    keep = _UNRESERVED.union(safe)
    return tuple(chr(b) if b in keep else '%{:02X}'.format(b) for b in range(256))


def quote_from_bytes(bs, safe='/'):
    """bs as ASCII text: bytes outside the unreserved set and `safe` become %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    table = _byte_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """string with every character that is not a letter, digit, one of '_.-~' or in
    `safe` replaced by the %XX escapes of its `encoding` bytes (UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode('utf-8' if encoding is None else encoding,
                               'strict' if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+', and '/' is not safe by default."""
    if isinstance(string, str):
        has_space = ' ' in string
    else:
        has_space = not isinstance(string, bytes) or b' ' in string
    if not has_space:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def _quoted_text(quote_via, value, safe, encoding, errors):
    # One key or value of urlencode(): bytes as they are, anything else through str().
    if isinstance(value, bytes):
        return quote_via(value, safe)
    return quote_via(str(value), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A mapping, or a sequence of (key, value) pairs, as "k1=v1&k2=v2". With doseq, a
    value that is a sequence (but not str or bytes) gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err
    pairs = []
    for key, value in query:
        key = _quoted_text(quote_via, key, safe, encoding, errors)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                items = [value]
            else:
                items = value
        else:
            items = [value]
        pairs.extend(key + '=' + _quoted_text(quote_via, item, safe, encoding, errors)
                     for item in items)
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, in order, decoded with unquote_plus.
    Blank values are dropped unless keep_blank_values; strict_parsing makes a field
    without '=' a ValueError; max_num_fields bounds the number of fields."""
    qs, back = _as_text(qs)
    separator, _ = _as_text(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = qs.count(separator) + 1 if qs else 0
        if fields > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    result = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            result.append((back(unquote_plus(name, encoding, errors)),
                           back(unquote_plus(value, encoding, errors))))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """parse_qsl() gathered into a dict: each name maps to the list of its values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        found.setdefault(name, []).append(value)
    return found


def clear_cache():
    """Forget the cached results of urlsplit and the quoting tables."""
    urlsplit.cache_clear()
    _byte_table.cache_clear()


def unwrap(url):
    """'<URL:scheme://host/path>' as 'scheme://host/path'; other text unchanged."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# --- the deprecated split* helpers (urllib.request still calls the quiet versions) -----

def _deprecated(name, instead='urlparse'):
    def wrap(quiet):
        def loud(*args):
            import warnings
            message = f"urllib.parse.{name}() is deprecated as of 3.8"
            if instead:
                message += f", use urllib.parse.{instead}() instead"
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return quiet(*args)
        loud.__name__ = loud.__qualname__ = name
        globals()[name] = loud
        return quiet
    return wrap


@_deprecated('splittype')
def _splittype(url):
    head, colon, rest = url.partition(':')
    if colon and head and '/' not in head:
        return head.lower(), rest
    return None, url


@_deprecated('splithost')
def _splithost(url):
    if not url.startswith('//'):
        return None, url
    end = _netloc_end(url, 2)
    host, path = url[2:end], url[end:]
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


@_deprecated('splituser')
def _splituser(host):
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


@_deprecated('splitpasswd')
def _splitpasswd(user):
    name, colon, password = user.partition(':')
    return name, (password if colon else None)


@_deprecated('splitport')
def _splitport(host):
    head, colon, port = host.rpartition(':')
    if colon and port and port.isascii() and port.isdigit():
        return head, port
    if colon and not port:
        return head, None
    return host, None


@_deprecated('splitnport')
def _splitnport(host, defport=-1):
    head, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return head, defport
    return head, (int(port) if port.isdigit() and port.isascii() else None)


@_deprecated('splitquery')
def _splitquery(url):
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


@_deprecated('splittag')
def _splittag(url):
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


@_deprecated('splitattr')
def _splitattr(url):
    first, *attrs = url.split(';')
    return first, attrs


@_deprecated('splitvalue', 'parse_qsl')
def _splitvalue(attr):
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)


@_deprecated('to_bytes', None)
def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


del _table, _text_type, _bytes_type
