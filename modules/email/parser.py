"""Turn text or bytes into Message objects: headers up to the first empty line, then the body."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

import io


def _is_header_start(line):
    name, colon, _ = line.partition(':')
    if not colon or not name:
        return False
    return all(33 <= ord(ch) <= 126 for ch in name)


def _parse_text(text, cls, headersonly):
    msg = cls()
    lines = text.splitlines(True)
    index, current = 0, None
    while index < len(lines):
        line = lines[index]
        if line in ('\n', '\r\n', '\r'):
            index += 1
            break
        if line[:1] in (' ', '\t') and current is not None:
            current[1].append(line)
        elif _is_header_start(line):
            if current is not None:
                _add(msg, current)
            name, _, value = line.partition(':')
            current = [name, [value.lstrip(' \t')]]
        else:
            break
        index += 1
    if current is not None:
        _add(msg, current)
    # Without MIME parsing the body is one string whether or not headersonly is asked.
    msg.set_payload(''.join(lines[index:]))
    return msg


def _add(msg, current):
    name, pieces = current
    msg.set_raw(name, ''.join(pieces).rstrip('\r\n'))


class Parser:
    """Parse str input into Message objects (of _class, email.message.Message by default)."""

    def __init__(self, _class=None, *, policy=None):
        if _class is None:
            from email.message import Message as _class
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse_text(text, self._class, headersonly)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parse bytes input: it is read as ASCII with surrogateescape, as the email package does."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)
