

# --- The tokenizer -----------------------------------------------------------

class _Scanner:
    # The state carried from line to line: open brackets, a backslash
    # continuation, a string not yet closed, the indentation stack.

    def __init__(self):
        self.lnum = 0
        self.depth = 0
        self.continued = False
        self.indents = [0]
        self.pending = None       # (text so far, lines so far, start, end pattern, needs \)

    def resume_string(self, line):
        # Tokens of a line inside a string left open; returns where the rest
        # of the line starts, or None when the line is used up.
        text, lines, start, endprog, needcont = self.pending
        closing = endprog.match(line)
        if closing:
            end = closing.end(0)
            self.pending = None
            yield TokenInfo(STRING, text + line[:end], start, (self.lnum, end), lines + line)
            return end
        if needcont and not line.endswith(('\\\n', '\\\r\n')):
            self.pending = None
            yield TokenInfo(ERRORTOKEN, text + line, start, (self.lnum, len(line)), lines)
            return None
        self.pending = (text + line, lines + line, start, endprog, needcont)
        return None

    def indentation(self, line):
        # Tokens at the start of a logical line; returns where its code
        # starts, None for a blank or comment line, -1 at a whitespace end.
        column = pos = 0
        while pos < len(line):
            c = line[pos]
            if c == ' ':
                column += 1
            elif c == '\t':
                column = (column // tabsize + 1) * tabsize
            elif c == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == len(line):
            return -1
        lnum = self.lnum
        if line[pos] in '#\r\n':
            if line[pos] == '#':
                comment = line[pos:].rstrip('\r\n')
                yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                pos += len(comment)
            yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
            return None
        at = (lnum, pos)
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (lnum, 0), at, line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", lnum, pos, line))
            self.indents.pop()
            yield TokenInfo(DEDENT, '', at, at, line)
        return pos

    def scan(self, line, pos):
        lnum = self.lnum
        pseudo = _compile(PseudoToken)
        while pos < len(line):
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            pos = end
            if start == end:
                continue
            tok, first = line[start:end], line[start]
            here, there = (lnum, start), (lnum, end)
            if first in '0123456789' or (first == '.' and tok not in ('.', '...')):
                yield TokenInfo(NUMBER, tok, here, there, line)
            elif first in '\r\n':
                yield TokenInfo(NL if self.depth > 0 else NEWLINE, tok, here, there, line)
            elif first == '#':
                yield TokenInfo(COMMENT, tok, here, there, line)
            elif tok in triple_quoted:
                endprog = _compile(endpats[tok])
                closing = endprog.match(line, pos)
                if not closing:
                    self.pending = (line[start:], line, here, endprog, False)
                    return
                pos = closing.end(0)
                yield TokenInfo(STRING, line[start:pos], here, (lnum, pos), line)
            elif first in single_quoted or tok[:2] in single_quoted or tok[:3] in single_quoted:
                if tok[-1] != '\n':
                    yield TokenInfo(STRING, tok, here, there, line)
                    continue
                # Continued with a backslash at the end of the line.
                quote = endpats.get(first) or endpats.get(tok[1]) or endpats.get(tok[2])
                self.pending = (line[start:], line, here, _compile(quote), True)
                return
            elif first.isidentifier():
                yield TokenInfo(NAME, tok, here, there, line)
            elif first == '\\':
                self.continued = True
            else:
                if first in '([{':
                    self.depth += 1
                elif first in ')]}':
                    self.depth -= 1
                yield TokenInfo(OP, tok, here, there, line)


def _tokenize(readline, encoding):
    if encoding is not None:
        yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding,
                        (0, 0), (0, 0), '')
    s = _Scanner()
    previous = line = b''
    while True:
        previous = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        s.lnum += 1
        pos = 0
        if s.pending:
            if not line:
                raise TokenError("EOF in multi-line string", s.pending[2])
            pos = yield from s.resume_string(line)
            if pos is None:
                continue
        elif s.depth == 0 and not s.continued:
            if not line:
                break
            pos = yield from s.indentation(line)
            if pos == -1:
                break
            if pos is None:
                continue
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (s.lnum, 0))
            s.continued = False
        yield from s.scan(line, pos)
    lnum = s.lnum
    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(previous)), (lnum - 1, len(previous) + 1), '')
    at = (lnum, 0)
    for _ in s.indents[1:]:
        yield TokenInfo(DEDENT, '', at, at, '')
    yield TokenInfo(ENDMARKER, '', at, at, '')


def generate_tokens(readline):
    """Tokenize the str lines readline returns (until '' or StopIteration)."""
    return _tokenize(readline, None)


def tokenize(readline):
    """Tokenize the bytes lines readline returns: an ENCODING token first
    (detect_encoding's answer), then the tokens of the decoded source."""
    encoding, first_lines = detect_encoding(readline)
    lines = itertools.chain(first_lines, iter(readline, b""), itertools.repeat(b""))
    return _tokenize(lines.__next__, encoding)


def _tokenize_str(source):
    # A helper of some of CPython's own tools.
    import io
    return generate_tokens(io.StringIO(source).readline)
