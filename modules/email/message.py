"""The message model of the email package: headers in order, then a payload.

gopy's Message keeps the headers as a list of (name, value) pairs, looked up without
regard to case, and offers the header and parameter accessors programs use on mail and
on HTTP responses (http.client's HTTPMessage is a subclass). MIME multipart trees,
policies and header folding are not modelled: a payload is one string (or a list of
messages set by the program).
"""

__all__ = ['Message']

_TSPECIALS = '()<>@,;:\\"/[]?='


def _split_params(value):
    """Split a header value at the semicolons that are outside double quotes."""
    parts, current, quoted, escaped = [], [], False, False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == '\\' and quoted:
            current.append(ch)
            escaped = True
        elif ch == '"':
            current.append(ch)
            quoted = not quoted
        elif ch == ';' and not quoted:
            parts.append(''.join(current))
            current = []
        else:
            current.append(ch)
    parts.append(''.join(current))
    return parts


def _unquote(text):
    if len(text) > 1 and text[0] == text[-1] == '"':
        body = text[1:-1]
        return body.replace('\\\\', '\\').replace('\\"', '"')
    if len(text) > 1 and text[0] == '<' and text[-1] == '>':
        return text[1:-1]
    return text


def _format_param(name, value, quote=True):
    if value is None or value == '':
        return name if value is None else '%s=""' % name
    if quote or any(ch in _TSPECIALS or ch.isspace() for ch in value):
        return '%s="%s"' % (name, value.replace('\\', '\\\\').replace('"', '\\"'))
    return '%s=%s' % (name, value)


class Message:
    """A message: an ordered list of headers and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # Serialisation.

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = ['%s: %s\n' % (name, value) for name, value in self._headers]
        text = ''.join(lines) + '\n'
        payload = self._payload
        if isinstance(payload, list):
            payload = '\n'.join(part.as_string() for part in payload)
        return text + (payload or '')

    def __str__(self):
        return self.as_string()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode('utf-8', 'surrogateescape')

    def __bytes__(self):
        return self.as_bytes()

    # Payload.

    def is_multipart(self):
        return isinstance(self._payload, list)

    def get_payload(self, i=None, decode=False):
        if i is not None:
            if not self.is_multipart():
                raise TypeError('Expected list, got %s' % type(self._payload))
            return self._payload[i]
        if decode and isinstance(self._payload, str):
            return self._payload.encode('utf-8', 'surrogateescape')
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    def set_charset(self, charset):
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=str(charset))
        else:
            self.set_param('charset', str(charset))

    def get_charset(self):
        return self._charset

    # Headers as a mapping whose keys repeat and ignore case.

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        wanted = name.lower()
        return any(key.lower() == wanted for key, _ in self._headers)

    def __iter__(self):
        return iter([key for key, _ in self._headers])

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        wanted = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != wanted]

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        wanted = name.lower()
        for key, value in self._headers:
            if key.lower() == wanted:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [value for key, value in self._headers if key.lower() == wanted]
        return found or failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers)

    def add_header(self, _name, _value, **_params):
        pieces = [] if _value is None else [_value]
        for key, value in _params.items():
            pieces.append(_format_param(key.replace('_', '-'), value))
        self._headers.append((_name, '; '.join(pieces)))

    def replace_header(self, _name, _value):
        wanted = _name.lower()
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == wanted:
                self._headers[index] = (key, _value)
                return
        raise KeyError(_name)

    # Content type and its parameters.

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self._default_type
        ctype = _split_params(value)[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def _parse_params(self, value):
        params = []
        for piece in _split_params(value):
            name, sep, val = piece.partition('=')
            name = name.strip()
            if not name and not sep:
                continue
            if sep:
                params.append((name.lower(), val.strip()))
            else:
                params.append((name, ''))
        return params

    def get_params(self, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        params = self._parse_params(value)
        if unquote:
            params = [(k, _unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        wanted = param.lower()
        for key, val in self._parse_params(value)[1:]:
            if key.lower() == wanted:
                return _unquote(val) if unquote else val
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        current = self.get(header)
        if current is None:
            params = [('text/plain', '')] if header.lower() == 'content-type' else []
        else:
            params = self.get_params(header=header)
        wanted = param.lower()
        done = False
        for index, (key, _) in enumerate(params):
            if index and key.lower() == wanted:
                params[index] = (param, value)
                done = True
        if not done:
            params.append((param, value))
        self._rewrite_params(header, params, requote)

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        wanted = param.lower()
        params = [(k, v) for i, (k, v) in enumerate(self.get_params(header=header))
                  if i == 0 or k.lower() != wanted]
        self._rewrite_params(header, params, requote)

    def _rewrite_params(self, header, params, requote):
        first = params[0][0] if params else ''
        text = '; '.join([first] + [_format_param(k, v, requote) for k, v in params[1:]])
        if header in self:
            self.replace_header(header, text)
        else:
            self[header] = text

    def get_filename(self, failobj=None):
        missing = object()
        name = self.get_param('filename', missing, 'content-disposition')
        if name is missing:
            name = self.get_param('name', missing, 'content-type')
        if name is missing:
            return failobj
        return name.strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param('boundary', None)
        return failobj if boundary is None else boundary.rstrip()

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset', None)
        if charset is None:
            return failobj
        return charset.lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for part in self._payload:
                yield from part.walk()
