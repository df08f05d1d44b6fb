"""Common scanning support (declarations, comments, marked sections) shared by
gopy's html.parser.  Not a public API."""

import re

_NAME_TOKEN = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_QUOTED = re.compile(r'(?:"[^"]*"|\'[^\']*\')\s*')
_COMMENT_END = re.compile(r'--\s*>')
_SECTION_END = re.compile(r'\]\s*\]\s*>')
_MS_SECTION_END = re.compile(r'\]\s*>')

_STANDARD_SECTIONS = frozenset(("temp", "cdata", "ignore", "include", "rcdata"))
_MS_SECTIONS = frozenset(("if", "else", "endif"))
_SUBSET_DECLS = frozenset(("attlist", "element", "entity", "notation"))
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

del re


class ParserBase:
    """Position bookkeeping and declaration scanning for markup parsers;
    meant to be subclassed (the subclass supplies rawdata and handlers)."""

    _decl_otherchars = ''

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Advance (lineno, offset) over rawdata[i:j]; every character is
        # passed through here exactly once, in order.
        if j <= i:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines == 0:
            self.offset += j - i
        else:
            self.lineno += newlines
            self.offset = j - text.rindex("\n", i, j) - 1
        return j

    def _scan_name(self, i, declstartpos):
        # Read a name token at i: (lowercased name, index after it and its
        # trailing blanks), or (None, -1) when the buffer ends first.
        text = self.rawdata
        if i == len(text):
            return None, -1
        found = _NAME_TOKEN.match(text, i)
        if found is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % text[declstartpos:declstartpos + 20])
        stop = found.end()
        if stop == len(text):
            return None, -1
        return found.group().strip().lower(), stop

    def parse_comment(self, i, report=1):
        # '<!--' ... '-->' starting at i; returns the end or -1.
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(text, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(text[i + 4:close.start()])
        return close.end()

    def parse_marked_section(self, i, report=1):
        # '<![keyword ...]]>' (or the MS Office '<![if ...]>' form).
        text = self.rawdata
        if not text.startswith('<![', i):
            raise AssertionError("unexpected call to parse_marked_section()")
        keyword, after = self._scan_name(i + 3, i)
        if after < 0:
            return after
        if keyword in _STANDARD_SECTIONS:
            closer = _SECTION_END
        elif keyword in _MS_SECTIONS:
            closer = _MS_SECTION_END
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % text[i + 3:after])
        close = closer.search(text, i + 3)
        if close is None:
            return -1
        if report:
            self.unknown_decl(text[i + 3:close.start()])
        return close.end()

    def parse_declaration(self, i):
        # A '<!...>' declaration at i; doctype goes to handle_decl, any other
        # keyword to unknown_decl.  Returns the end or -1 when incomplete.
        text = self.rawdata
        if not text.startswith("<!", i):
            raise AssertionError("unexpected call to parse_declaration")
        pos = i + 2
        head = text[pos:pos + 1]
        if head == ">":
            return pos + 1
        if head in ("", "-"):
            # an unfinished '<!-' or a buffer boundary
            return -1
        if head == "[":
            return self.parse_marked_section(i)
        kind, pos = self._scan_name(pos, i)
        if pos < 0:
            return pos
        if kind == "doctype":
            self._decl_otherchars = ''
        size = len(text)
        while pos < size:
            ch = text[pos]
            if ch == ">":
                body = text[i + 2:pos]
                if kind == "doctype":
                    self.handle_decl(body)
                else:
                    self.unknown_decl(body)
                return pos + 1
            if ch == '"' or ch == "'":
                lit = _QUOTED.match(text, pos)
                if lit is None:
                    return -1
                pos = lit.end()
            elif ch in _LETTERS:
                pos = self._scan_name(pos, i)[1]
            elif ch in self._decl_otherchars:
                pos += 1
            elif ch == "[":
                if kind == "doctype":
                    pos = self._parse_doctype_subset(pos + 1, i)
                elif kind in ("attlist", "linktype", "link", "element"):
                    raise AssertionError(
                        "unsupported '[' char in %s declaration" % kind)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError("unexpected %r char in declaration" % ch)
            if pos < 0:
                return pos
        return -1

    def _parse_doctype_subset(self, i, declstartpos):
        # Skip the '[...]' internal subset of a doctype; returns the index of
        # the closing '>' or -1 when the buffer ends first.
        text = self.rawdata
        size = len(text)
        pos = i
        while pos < size:
            ch = text[pos]
            if ch.isspace():
                pos += 1
            elif ch == "<":
                if pos + 4 > size:
                    if text[pos:pos + 2] not in ("<", "<!"):
                        self.updatepos(declstartpos, pos + 1)
                        raise AssertionError(
                            "unexpected char in internal subset (in %r)"
                            % text[pos:pos + 2])
                    return -1
                if text[pos + 1] != "!":
                    self.updatepos(declstartpos, pos + 1)
                    raise AssertionError(
                        "unexpected char in internal subset (in %r)"
                        % text[pos:pos + 2])
                if text.startswith("<!--", pos):
                    pos = self.parse_comment(pos, report=0)
                else:
                    what, pos = self._scan_name(pos + 2, declstartpos)
                    if pos == -1:
                        return -1
                    if what not in _SUBSET_DECLS:
                        self.updatepos(declstartpos, pos + 2)
                        raise AssertionError(
                            "unknown declaration %r in internal subset" % what)
                    pos = getattr(self, "_parse_doctype_" + what)(pos, declstartpos)
                if pos < 0:
                    return pos
            elif ch == "%":
                if pos + 1 == size:
                    return -1
                _, pos = self._scan_name(pos + 1, declstartpos)
                if pos < 0:
                    return pos
                if text[pos] == ";":
                    pos += 1
            elif ch == "]":
                pos += 1
                while pos < size and text[pos].isspace():
                    pos += 1
                if pos >= size:
                    return -1
                if text[pos] == ">":
                    return pos
                self.updatepos(declstartpos, pos)
                raise AssertionError("unexpected char after internal subset")
            else:
                self.updatepos(declstartpos, pos)
                raise AssertionError("unexpected char %r in internal subset" % ch)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        pos = self._scan_name(i, declstartpos)[1]
        if pos == -1:
            return -1
        close = self.rawdata.find(">", pos)
        return -1 if close < 0 else close + 1

    def _skip_names_and_literals(self, pos, declstartpos):
        # Shared tail of <!NOTATION and <!ENTITY: names and quoted strings
        # up to '>'.
        text = self.rawdata
        while True:
            ch = text[pos:pos + 1]
            if not ch:
                return -1
            if ch == ">":
                return pos + 1
            if ch in "'\"":
                lit = _QUOTED.match(text, pos)
                if lit is None:
                    return -1
                pos = lit.end()
            else:
                pos = self._scan_name(pos, declstartpos)[1]
                if pos < 0:
                    return pos

    def _parse_doctype_notation(self, i, declstartpos):
        pos = self._scan_name(i, declstartpos)[1]
        if pos < 0:
            return pos
        return self._skip_names_and_literals(pos, declstartpos)

    def _parse_doctype_entity(self, i, declstartpos):
        text = self.rawdata
        pos = i
        if text[pos:pos + 1] == "%":
            pos += 1
            while True:
                ch = text[pos:pos + 1]
                if not ch:
                    return -1
                if not ch.isspace():
                    break
                pos += 1
        pos = self._scan_name(pos, declstartpos)[1]
        if pos < 0:
            return pos
        return self._skip_names_and_literals(pos, declstartpos)

    def _parse_doctype_attlist(self, i, declstartpos):
        text = self.rawdata
        pos = self._scan_name(i, declstartpos)[1]
        ch = text[pos:pos + 1]
        if ch == "":
            return -1
        if ch == ">":
            return pos + 1
        while True:
            # attribute name, type (a name or a '(...)' group), optional
            # literal default, optional '#KEYWORD'
            pos = self._scan_name(pos, declstartpos)[1]
            if pos < 0:
                return pos
            ch = text[pos:pos + 1]
            if ch == "":
                return -1
            if ch == "(":
                close = text.find(")", pos)
                if close < 0:
                    return -1
                pos = close + 1
                while text[pos:pos + 1].isspace():
                    pos += 1
                if pos >= len(text):
                    return -1
            else:
                pos = self._scan_name(pos, declstartpos)[1]
            ch = text[pos:pos + 1]
            if ch == "":
                return -1
            if ch in "'\"":
                lit = _QUOTED.match(text, pos)
                if lit is None:
                    return -1
                pos = lit.end()
                ch = text[pos:pos + 1]
                if ch == "":
                    return -1
            if ch == "#":
                if text[pos:] == "#":
                    return -1
                pos = self._scan_name(pos + 1, declstartpos)[1]
                if pos < 0:
                    return pos
                ch = text[pos:pos + 1]
                if ch == "":
                    return -1
            if ch == ">":
                return pos + 1

    def unknown_decl(self, data):
        pass
