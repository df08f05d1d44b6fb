

# --- Encodings and untokenize ---------------------------------------------------

def _get_normal_name(orig_enc):
    """Imitates get_normal_name in tokenizer.c."""
    name = orig_enc[:12].lower().replace("_", "-")
    for canonical, spellings in (("utf-8", ("utf-8",)),
                                 ("iso-8859-1", ("latin-1", "iso-8859-1", "iso-latin-1"))):
        if name in spellings or name.startswith(tuple(s + "-" for s in spellings)):
            return canonical
    return orig_enc


def detect_encoding(readline):
    """Find the encoding of the source readline gives (bytes lines), as the
    interpreter does: a UTF-8 BOM, or a coding declaration in the first two
    lines, else utf-8. Returns (encoding, [the lines read])."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def declared(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            if filename is None:
                raise SyntaxError("invalid or missing encoding declaration")
            raise SyntaxError("invalid or missing encoding declaration for %r" % filename)
        m = cookie_re.match(text)
        if not m:
            return None
        encoding = _get_normal_name(m.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                raise SyntaxError("unknown encoding: " + encoding)
            raise SyntaxError("unknown encoding for {!r}: {}".format(filename, encoding))
        if bom:
            if encoding != 'utf-8':
                if filename is None:
                    raise SyntaxError('encoding problem: utf-8')
                raise SyntaxError('encoding problem for {!r}: utf-8'.format(filename))
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = declared(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = declared(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file in text mode, in the encoding
    detect_encoding finds."""
    buffer = _builtins.open(filename, 'rb')
    try:
        encoding = detect_encoding(buffer.readline)[0]
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding=encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start (%d,%d) precedes previous end (%d,%d)"
                             % (row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        at_line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        # Only (type, string) pairs: spacing is made up.
        indents = []
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and after_string:
                text = ' ' + text
            after_string = kind == STRING
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                self.tokens.append(indents[-1])
                at_line_start = False
            self.tokens.append(text)


def untokenize(iterable):
    """Turn tokens back into source: str, or bytes in the encoding of an
    ENCODING token. Full 5-tuples give the source back exactly; (type,
    string) pairs give source that tokenizes to the same pairs."""
    u = Untokenizer()
    out = u.untokenize(iterable)
    if u.encoding is not None:
        out = out.encode(u.encoding)
    return out
