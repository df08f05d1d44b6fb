

# Side-by-side differences (_mdiff) and HtmlDiff, which renders them as an HTML table.
# In the marked-up text, '\0' followed by '+', '-' or '^' opens an added, deleted or
# changed span and '\1' closes it.

_GUIDE_RUN = _re.compile(r'(\++|\-+|\^+)')
_BLANK = ('', '\n')


class _SideBySide:
    """Turns ndiff's output into (from line, to line, changed) rows, a line being
    (number, marked text) or None when that side has no line in the row."""

    def __init__(self, delta):
        self.delta = delta
        self.ahead = []
        self.counts = [0, 0]

    def _next_number(self, side):
        self.counts[side] += 1
        return self.counts[side]

    def plain(self, side, keep=False):
        number = self._next_number(side)
        line = self.ahead[0] if keep else self.ahead.pop(0)
        return number, line[2:]

    def whole(self, side, mark):
        number = self._next_number(side)
        body = self.ahead.pop(0)[2:] or ' '
        return number, '\0%s%s\1' % (mark, body)

    def guided(self, side):
        number = self._next_number(side)
        text = self.ahead.pop(0)
        guide = self.ahead.pop(0)
        spans = [(m.group(1)[0], m.start(), m.end()) for m in _GUIDE_RUN.finditer(guide)]
        while spans:
            mark, lo, hi = spans.pop()
            text = '%s\0%s%s\1%s' % (text[:lo], mark, text[lo:hi], text[hi:])
        return number, text[2:]

    def rows(self):
        # balance > 0: the from side is ahead by that many lines, which blank lines on the
        # to side will fill once a row breaks the run of changes.
        balance = 0
        while True:
            while len(self.ahead) < 4:
                self.ahead.append(next(self.delta, 'X'))
            kinds = ''.join(line[0] for line in self.ahead)
            if kinds.startswith('X'):
                yield from self._blanks(balance)
                return
            if kinds.startswith('-?+?'):
                yield self.guided(0), self.guided(1), True
            elif kinds.startswith('--++'):
                balance -= 1
                yield self.whole(0, '-'), None, True
            elif kinds.startswith(('--?+', '--+', '- ')):
                row = self.whole(0, '-'), None, True
                yield from self._blanks(balance - 1)
                balance = 0
                yield row
            elif kinds.startswith('-+?'):
                yield self.plain(0), self.guided(1), True
            elif kinds.startswith('-?+'):
                yield self.guided(0), self.plain(1), True
            elif kinds.startswith('-'):
                balance -= 1
                yield self.whole(0, '-'), None, True
            elif kinds.startswith('+--'):
                balance += 1
                yield None, self.whole(1, '+'), True
            elif kinds.startswith(('+ ', '+-')):
                row = None, self.whole(1, '+'), True
                yield from self._blanks(balance + 1)
                balance = 0
                yield row
            elif kinds.startswith('+'):
                balance += 1
                yield None, self.whole(1, '+'), True
            elif kinds.startswith(' '):
                yield self.plain(0, keep=True), self.plain(1), False

    @staticmethod
    def _blanks(count):
        for _ in range(-count):
            yield None, _BLANK, True
        for _ in range(count):
            yield _BLANK, None, True


def _paired(rows):
    """Rows with a line on both sides: lines left alone are matched with later ones."""
    froms, tos = [], []
    for left, right, changed in rows:
        if left is not None:
            froms.append((left, changed))
        if right is not None:
            tos.append((right, changed))
        while froms and tos:
            (left, lchanged), (right, rchanged) = froms.pop(0), tos.pop(0)
            yield left, right, lchanged or rchanged


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Yield (from line, to line, changed) for a side-by-side view of two lists of
    lines; with context, only the rows within that many rows of a change, each run after
    the first skipped rows preceded by (None, None, None)."""
    pairs = _paired(_SideBySide(ndiff(fromlines, tolines, linejunk, charjunk)).rows())
    if context is None:
        yield from pairs
        return
    window = context + 1
    while True:
        recent = []
        seen = 0
        for row in pairs:
            recent.append(row)
            seen += 1
            if len(recent) > window:
                del recent[0]
            if row[2]:
                break
        else:
            return
        if seen > window:
            yield None, None, None
        yield from recent
        left = context
        while left:
            row = next(pairs, None)
            if row is None:
                return
            left = context if row[2] else left - 1
            yield row


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_SPAN_TAGS = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
              ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))


class HtmlDiff(object):
    """An HTML table (or whole page) showing two lists of lines side by side, with the
    changed lines and the changes within them highlighted, in full or around the changes
    only. Methods: make_table and make_file."""

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        """tabsize: tab stops; wrapcolumn: where long lines are broken (None: never);
        linejunk and charjunk are handed to ndiff."""
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table's table and a legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        """The lines with tabs expanded into tab characters (shown as spaces at the end,
        so a tab and the spaces it stands for still compare different) and no newline."""
        def expand(line):
            spaced = line.replace(' ', '\0').expandtabs(self._tabsize)
            return spaced.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return list(map(expand, fromlines)), list(map(expand, tolines))

    def _split_line(self, data_list, line_num, text):
        """Append (number, piece) to data_list for each piece of text cut at the wrap
        column; pieces after the first are numbered '>'."""
        width = self._wrapcolumn
        while line_num and len(text) > width and len(text) - 3 * text.count('\0') > width:
            pos = shown = 0
            mark = ''
            while shown < width and pos < len(text):
                ch = text[pos]
                if ch == '\0':
                    mark = text[pos + 1]
                    pos += 2
                else:
                    if ch == '\1':
                        mark = ''
                    else:
                        shown += 1
                    pos += 1
            head, text = text[:pos], text[pos:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            data_list.append((line_num, head))
            line_num = '>'
        data_list.append((line_num, text))

    def _line_wrapper(self, diffs):
        """The rows of diffs with long lines continued on following rows."""
        for left, right, changed in diffs:
            if changed is None:
                yield left, right, changed
                continue
            lefts, rights = [], []
            self._split_line(lefts, *left)
            self._split_line(rights, *right)
            for i in range(max(len(lefts), len(rights))):
                yield (lefts[i] if i < len(lefts) else ('', ' '),
                       rights[i] if i < len(rights) else ('', ' '), changed)

    def _collect_lines(self, diffs):
        """The rows as lists of cells for each side (None for a separator) and flags."""
        lefts, rights, flags = [], [], []
        for left, right, changed in diffs:
            if left is None or right is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._format_line(0, changed, *left))
                rights.append(self._format_line(1, changed, *right))
            flags.append(changed)
        return lefts, rights, flags

    def _format_line(self, side, flag, linenum, text):
        """The two cells (number, text) of one side of a row."""
        anchor = ''
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        for raw, escaped in (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;'), (' ', '&nbsp;')):
            text = text.replace(raw, escaped)
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, linenum, text.rstrip())

    def _make_prefix(self):
        """Anchor prefixes no other table of this process uses."""
        n = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = n + 1
        self._prefix = ['from%d_' % n, 'to%d_' % n]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The anchors and 'next change' links of each row."""
        to = self._prefix[1]
        ids = [''] * len(flaglist)
        links = [''] * len(flaglist)
        changes = 0
        last = 0
        previous = False
        for row, flag in enumerate(flaglist):
            if flag and not previous:
                last = row
                ids[max(0, row - numlines)] = ' id="difflib_chg_%s_%d"' % (to, changes)
                changes += 1
                links[row] = '<a href="#difflib_chg_%s_%d">n</a>' % (to, changes)
            previous = bool(flag)
        if not flaglist:
            ids, links, flaglist, last = [''], [''], [False], 0
            if context:
                message = 'No Differences Found'
            else:
                message = 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % message]
        if not flaglist[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % to
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % to
        return fromlist, tolist, flaglist, links, ids

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """An HTML table comparing fromlines and tolines side by side; fromdesc and
        todesc head the columns; with context, only numlines lines around each change
        are shown, otherwise numlines is how far before a change its anchor is put."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        cells = self._collect_lines(diffs)
        fromlist, tolist, flaglist, links, ids = self._convert_flags(*cells, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is not None:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                            '<td class="diff_next">%s</td>%s</tr>\n'
                            % (ids[i], links[i], fromlist[i], links[i], tolist[i]))
            elif i:
                rows.append('        </tbody>        \n        <tbody>\n')
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        table = self._table_template % {'data_rows': ''.join(rows), 'header_row': header,
                                        'prefix': self._prefix[1]}
        for raw, html in _SPAN_TAGS:
            table = table.replace(raw, html)
        return table
