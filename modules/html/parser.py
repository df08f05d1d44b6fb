"""A parser for HTML and XHTML."""

# gopy's html.parser: a tolerant, incremental tokenizer.  Subclass HTMLParser
# and override the handle_* methods; feed() text in pieces of any size and
# close() at the end.

import re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

# Token rules, built from small pieces.
_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_GAP = r'(?:\s|/(?!>))*'
_ATTR_NAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_ATTR_VALUE = r'"[^"]*"|\'[^\']*\'|(?![\'"])[^>\s]*'

_tag_head = re.compile('(%s)%s' % (_TAG_NAME, _ATTR_GAP))
_attribute = re.compile(r'(%s)(\s*=+\s*(%s))?%s'
                        % (_ATTR_NAME, _ATTR_VALUE, _ATTR_GAP))
_starttag_extent = re.compile(
    r'<%s(?:[\s/]*(?:%s(?:\s*=+\s*(?:%s)\s*)?%s)*)?\s*'
    % (_TAG_NAME, _ATTR_NAME, _ATTR_VALUE, _ATTR_GAP))
_clean_endtag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_markup_or_ref = re.compile('[<&]')
_tag_opener = re.compile('<[a-zA-Z]')
_named_ref = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_numeric_ref = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ref_start = re.compile('&[#a-zA-Z]')
_ref_terminator = re.compile(r'[;\s]')

# The module-level names CPython gives these rules, for code that reaches for them.
interesting_normal = _markup_or_ref
incomplete = _ref_start
entityref = _named_ref
charref = _numeric_ref
starttagopen = _tag_opener
piclose = endendtag = re.compile('>')
commentclose = re.compile(r'--\s*>')
tagfind_tolerant = _tag_head
attrfind_tolerant = _attribute
locatestarttagend_tolerant = _starttag_extent
endtagfind = _clean_endtag

# Buffers longer than this are scanned through windows (see goahead).
_WINDOW = 1024
_SCANNING_METHODS = ("parse_starttag", "parse_endtag", "parse_comment", "parse_pi",
                     "parse_html_declaration", "parse_bogus_comment",
                     "parse_marked_section", "check_for_whole_start_tag",
                     "updatepos", "_scan_name", "set_cdata_mode")
_ref_run = re.compile(r'&#?[-.a-zA-Z0-9]*')
_value_quote = re.compile(r'=\s*([\'"])')


def _tag_reach(buf, i):
    # The farthest index a start tag at i can make the tag rules read: only a
    # quoted value (a quote after '=') runs past a '>', so this is the first
    # '>' that no such value opened before it can cover; -1 when that lies
    # beyond buf.
    limit = i
    while True:
        gt = buf.find('>', limit)
        if gt < 0:
            return -1
        reach = gt
        for opener in _value_quote.finditer(buf, i, gt):
            closed = buf.find(opener.group(1), opener.end())
            if closed < 0:
                return -1
            if closed > reach:
                reach = closed
        if reach == gt:
            return gt
        limit = reach + 1


# What may follow a start tag's scanned extent when the buffer ends inside it.
_UNFINISHED_TAG = frozenset("=/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    feed() text, then close().  Start tags go to handle_starttag() (or
    handle_startendtag() for '<x/>'), end tags to handle_endtag(), text to
    handle_data().  With convert_charrefs (the default) character references
    in text are replaced and each run of text arrives in one call; without
    it they arrive through handle_entityref() and handle_charref()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Create a parser; convert_charrefs=True unescapes references in text."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all state and any unprocessed text."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Add text to the buffer and process as much of it as possible."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process everything still buffered, as if the document ended."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Source text of the most recent start tag, '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def _text(self, chunk):
        # Deliver a run of text, unescaped unless raw or references are
        # reported separately.
        if self.convert_charrefs and not self.cdata_elem:
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def _text_end(self, pos, size):
        # Where the text starting at pos stops, or None to wait for more.
        buf = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            lt = buf.find('<', pos)
            if lt >= 0:
                return lt
            # No markup ahead: hold back if a reference may be cut in two.
            amp = buf.rfind('&', max(pos, size - 34))
            if amp >= 0 and _ref_terminator.search(buf, amp) is None:
                return None
            return size
        hit = self.interesting.search(buf, pos)
        if hit is not None:
            return hit.start()
        return None if self.cdata_elem else size

    def _markup(self, pos, size):
        # Handle the construct at buf[pos] == '<'; returns where parsing goes
        # on, or -1 when it is incomplete.
        buf = self.rawdata
        if _tag_opener.match(buf, pos):
            return self.parse_starttag(pos)
        if buf.startswith("</", pos):
            return self.parse_endtag(pos)
        if buf.startswith("<!--", pos):
            return self.parse_comment(pos)
        if buf.startswith("<?", pos):
            return self.parse_pi(pos)
        if buf.startswith("<!", pos):
            return self.parse_html_declaration(pos)
        if pos + 1 < size:
            self.handle_data("<")
            return pos + 1
        return -1

    def _reference(self, pos, size, end):
        # Handle '&' at pos when references are reported; returns the new
        # position and whether to keep going.
        buf = self.rawdata
        numeric = buf.startswith("&#", pos)
        ref = (_numeric_ref if numeric else _named_ref).match(buf, pos)
        if ref is not None:
            if numeric:
                self.handle_charref(ref.group()[2:-1])
            else:
                self.handle_entityref(ref.group(1))
            stop = ref.end()
            if buf[stop - 1] != ';':
                stop -= 1
            return self.updatepos(pos, stop), True
        if numeric:
            if ";" in buf[pos:]:
                self.handle_data(buf[pos:pos + 2])
                pos = self.updatepos(pos, pos + 2)
            return pos, False
        partial = _ref_start.match(buf, pos)
        if partial is not None:
            if end and partial.group() == buf[pos:]:
                pos = self.updatepos(pos, pos + 1)
            return pos, False
        if pos + 1 < size:
            self.handle_data("&")
            return self.updatepos(pos, pos + 1), True
        return pos, False

    def goahead(self, end):
        # Consume as much of rawdata as can be decided now; with end set,
        # treat the buffer as the whole rest of the document.
        #
        # A large buffer is scanned through windows of it: on gopy's strings
        # every slice or search costs the length of the string it works on.
        # A step is taken in a window only when the window holds everything
        # the step reads (otherwise the window grows), so the events are
        # those of a scan of the whole buffer.
        full = self.rawdata
        total = len(full)
        width = total if self._custom_scanning() else _WINDOW
        base = 0
        try:
            while True:
                final = base + width >= total
                if base == 0 and final:
                    self.rawdata = full
                else:
                    self.rawdata = full[base:base + width]
                pos, grow = self._scan(end, final)
                base += pos
                if not grow:
                    break
                width = width * 2 if pos == 0 else _WINDOW
        except BaseException:
            self.rawdata = full
            raise
        rest = full[base:] if base else full
        self.rawdata = rest
        if end and rest and not self.cdata_elem:
            self._text(rest)
            self.updatepos(0, len(rest))
            self.rawdata = ''

    def _custom_scanning(self):
        # Windows are only safe with this module's own scanning methods.
        cls = type(self)
        for name in _SCANNING_METHODS:
            if getattr(cls, name) is not getattr(HTMLParser, name):
                return True
        return False

    def _scan(self, end, final):
        # One pass of CPython's loop over rawdata.  Returns where it stopped
        # and whether it stopped only because rawdata (a window that is not
        # final) ended too early to decide the next step.
        buf = self.rawdata
        pos = 0
        size = len(buf)
        while pos < size:
            stop = self._text_end(pos, size)
            if not final and (stop is None or stop == size):
                return pos, True
            if stop is None:
                break
            if pos < stop:
                self._text(buf[pos:stop])
            pos = self.updatepos(pos, stop)
            if pos == size:
                break
            if not final and not self._decidable(pos, size):
                return pos, True
            if buf[pos] == '<':
                nxt = self._markup(pos, size)
                if nxt < 0:
                    if not final:
                        return pos, True
                    if not end:
                        break
                    # Unfinished markup at the end: pass it on as text, up to
                    # the next '>' (or '<').
                    gt = buf.find('>', pos + 1)
                    if gt >= 0:
                        nxt = gt + 1
                    else:
                        nxt = buf.find('<', pos + 1)
                        if nxt < 0:
                            nxt = pos + 1
                    self._text(buf[pos:nxt])
                pos = self.updatepos(pos, nxt)
            elif buf[pos] == '&':
                pos, going = self._reference(pos, size, end)
                if not going:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        return pos, not final and pos == size

    def _decidable(self, pos, size):
        # Whether the construct at pos can be handled from this window alone.
        buf = self.rawdata
        # '<!doctype' needs 9 characters, the message of a bad marked
        # section quotes 20.
        if pos + 24 > size:
            return False
        if buf[pos] == '&':
            run = _ref_run.match(buf, pos)
            if run.end() >= size:
                return False
            if buf.startswith('&#', pos) and _numeric_ref.match(buf, pos) is None:
                return ';' in buf[pos:]
            return True
        if _tag_opener.match(buf, pos):
            reach = _tag_reach(buf, pos)
            return 0 <= reach and reach + 3 <= size
        return True

    def parse_html_declaration(self, i):
        # '<!' at i: comment, marked section, doctype or bogus comment.
        buf = self.rawdata
        if not buf.startswith('<!', i):
            raise AssertionError('unexpected call to parse_html_declaration()')
        if buf.startswith('<!--', i):
            return self.parse_comment(i)
        if buf.startswith('<![', i):
            return self.parse_marked_section(i)
        if buf[i + 2:i + 9].lower() == 'doctype':
            gt = buf.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(buf[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # '<!...>' or '</...>' that is no real markup becomes a comment.
        buf = self.rawdata
        if buf[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_comment()')
        gt = buf.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(buf[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        # '<?...>' processing instruction.
        buf = self.rawdata
        if not buf.startswith('<?', i):
            raise AssertionError('unexpected call to parse_pi()')
        gt = buf.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(buf[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        # End of the start tag at i, or -1 while it may still be unfinished.
        buf = self.rawdata
        extent = _starttag_extent.match(buf, i)
        if extent is None:
            raise AssertionError("we should not get here!")
        stop = extent.end()
        follow = buf[stop:stop + 1]
        if follow == ">":
            return stop + 1
        if follow == "/":
            return stop + 2 if buf.startswith("/>", stop) else -1
        if follow == "" or follow in _UNFINISHED_TAG:
            return -1
        return stop if stop > i else i + 1

    def parse_starttag(self, i):
        # '<name attrs...>' at i.
        self.__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        buf = self.rawdata
        self.__starttag_text = buf[i:stop]
        head = _tag_head.match(buf, i + 1)
        if head is None:
            raise AssertionError('unexpected call to parse_starttag()')
        tag = head.group(1).lower()
        self.lasttag = tag
        attrs = []
        pos = head.end()
        while pos < stop:
            found = _attribute.match(buf, pos)
            if found is None:
                break
            name, assign, value = found.groups()
            if not assign:
                value = None
            else:
                if value[:1] in ('"', "'") and value[-1:] == value[:1]:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            pos = found.end()
        closing = buf[pos:stop].strip()
        if closing == "/>":
            self.handle_startendtag(tag, attrs)
        elif closing == ">":
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            self.handle_data(buf[i:stop])
        return stop

    def parse_endtag(self, i):
        # '</name>' at i; inside script/style only the matching one counts.
        buf = self.rawdata
        if not buf.startswith("</", i):
            raise AssertionError("unexpected call to parse_endtag")
        gt = buf.find('>', i + 1)
        if gt < 0:
            return -1
        after = gt + 1
        clean = _clean_endtag.match(buf, i)
        if clean is not None:
            name = clean.group(1).lower()
            if self.cdata_elem is not None and name != self.cdata_elem:
                self.handle_data(buf[i:after])
                return after
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return after
        if self.cdata_elem is not None:
            self.handle_data(buf[i:after])
            return after
        head = _tag_head.match(buf, i + 2)
        if head is None:
            if buf.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        # Whatever stands between the name and '>' is dropped.
        self.handle_endtag(head.group(1).lower())
        return buf.find('>', head.end()) + 1

    # Handlers for subclasses to override.

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag '<tag .../>': a start then an end by default."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """A start tag: lowercased name and a list of (name, value) pairs."""

    def handle_endtag(self, tag):
        """An end tag, name lowercased."""

    def handle_charref(self, name):
        """A numeric reference '&#name;' (convert_charrefs off)."""

    def handle_entityref(self, name):
        """A named reference '&name;' (convert_charrefs off)."""

    def handle_data(self, data):
        """Text between markup."""

    def handle_comment(self, data):
        """The text of a comment."""

    def handle_decl(self, decl):
        """A '<!DOCTYPE ...>' declaration, without '<!' and '>'."""

    def handle_pi(self, data):
        """A processing instruction, without '<?' and '>'."""

    def unknown_decl(self, data):
        """An unrecognized declaration such as a CDATA marked section."""
