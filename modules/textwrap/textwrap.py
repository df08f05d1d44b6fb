"""Wrapping, filling, shortening, dedenting and indenting of plain text.

(gopy's implementation, written after the documentation of CPython 3.11's textwrap.)"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap treats only ASCII whitespace as whitespace: a no-break space stays inside a word.
_WS = '\t\n\x0b\x0c\r '
_WS_CLASS = '[\t\n\x0b\x0c\r ]'
_WORD_CLASS = '[^\t\n\x0b\x0c\r ]'
_LETTER = r'[^\d\W]'
_PUNCT = r'[\w!"\'&.,?]'


def _chunk_pattern():
    # One chunk of text, tried in this order: a run of whitespace; two or more dashes between
    # a word character (or closing punctuation) and a word character; else the shortest run
    # of non-space characters that ends where the line may break: after a hyphen with two
    # letters before it (or letter-hyphen-letter) and a letter pair after it, before
    # whitespace or the end, or just before an em-dash that follows punctuation.
    hyphen = ('-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))'
              '(?=' + _LETTER + '-?' + _LETTER + ')')
    word_end = '(?=' + _WS_CLASS + r'|\Z)'
    before_dashes = '(?<=' + _PUNCT + r')(?=-{2,}\w)'
    return ('(' + _WS_CLASS + '+'
            + '|(?<=' + _PUNCT + r')-{2,}(?=\w)'
            + '|' + _WORD_CLASS + '+?(?:' + hyphen + '|' + word_end + '|' + before_dashes + '))')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters.

    The keyword arguments of the constructor become attributes that may be changed between
    calls: width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize,
    max_lines and placeholder."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))
    wordsep_re = re.compile(_chunk_pattern())
    wordsep_simple_re = re.compile('(' + _WS_CLASS + '+)')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps, each overridable as in CPython

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        splitter = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        return [piece for piece in splitter.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        i = 1
        while i < len(chunks):
            if chunks[i] == ' ' and self.sentence_end_re.search(chunks[i - 1]):
                chunks[i] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        if not self.break_long_words:
            # The word goes whole on a line of its own.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not pending[-1].strip():
                del pending[-1]
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if line and self.drop_whitespace and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if limit is None or len(lines) + 1 < limit or (rest_is_blank and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            self._truncate(lines, line, used, room, prefix)
            break
        return lines

    def _truncate(self, lines, line, used, room, prefix):
        # The last allowed line: drop chunks from its end until the placeholder fits after
        # a word; failing that, put it on the line before, or alone on a line.
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the public interface

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string, its lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and cut it to fit on one line of width characters,
    ending in the placeholder when words were dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.split()))


_blank_line = re.compile('^[ \t]+$', re.MULTILINE)
_line_margin = re.compile('^([ \t]*)[^ \t\n]', re.MULTILINE)


def dedent(text):
    """Remove the whitespace every non-blank line of text starts with.

    Tabs and spaces are not equivalent here: the common margin is the longest common prefix
    of the lines' leading whitespace. Lines of only spaces and tabs become empty."""
    text = _blank_line.sub('', text)
    margin = None
    for lead in _line_margin.findall(text):
        if margin is None:
            margin = lead
            continue
        n = 0
        limit = min(len(margin), len(lead))
        while n < limit and margin[n] == lead[n]:
            n += 1
        margin = margin[:n]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Put prefix before each line of text for which predicate(line) is true (by default,
    each line that is not only whitespace)."""
    pieces = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        pieces.append(prefix + line if keep else line)
    return ''.join(pieces)
