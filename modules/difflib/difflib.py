"""Helpers for computing deltas between sequences (gopy's difflib).

SequenceMatcher finds the longest contiguous matching blocks free of junk (Ratcliff and
Obershelp's idea, with CPython's junk and popularity rules); Differ, ndiff, unified_diff and
context_diff turn its opcodes into the texts CPython 3.11 prints."""

import re as _re
import heapq as _heapq
from collections import namedtuple as _namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    if total:
        return 2.0 * matches / total
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: matching blocks, opcodes turning a into
    b, and a similarity ratio in [0, 1]."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence; what was learnt about the second one is kept."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, indexing its elements (the costly side)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # where each element of b stands, less junk and (for long b) popular elements
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk:
            junk = {item for item in where if self.isjunk(item)}
            for item in junk:
                del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {item for item, spots in where.items() if len(spots) > limit}
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free block a[i:i+k] == b[j:j+k] inside the ranges, earliest in a
        then in b, widened by equal junk at both ends; as Match(i, j, k)."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            grown = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                grown[j] = k
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            runs = grown
        # widen with equal elements that are not junk (popular ones), then with junk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, increasing in both sequences, adjacent
        blocks merged, ending with the dummy Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        todo = [(0, len_a, 0, len_b)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = block = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(block)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
                continue
            if cur_k:
                merged.append((cur_i, cur_j, cur_k))
            cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """The (tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace', 'delete',
        'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                steps.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                steps.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                steps.append(('equal', ai, i, bj, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks with at most n lines of context around each change."""
        # The cached opcodes are trimmed in place, as CPython's are: a later call sees the
        # context of an earlier one.
        steps = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """2.0 * matched elements / total elements of both sequences (1.0 if both empty)."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), counting shared elements in any order."""
        counts = self.fullbcount
        if counts is None:
            counts = self.fullbcount = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        left = {}
        matched = 0
        for item in self.a:
            have = left[item] if item in left else counts.get(item, 0)
            left[item] = have - 1
            if have > 0:
                matched += 1
        return _ratio_of(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound on ratio(), from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(_GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches for word among possibilities scoring at least cutoff,
    best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _heapq.nlargest(n, scored)]


def _restore_blanks(text, marks):
    # under a ' ' mark, a tab or other blank of the line shows itself so columns line up
    return ''.join(ch if mark == ' ' and ch.isspace() else mark for ch, mark in zip(text, marks))


class Differ:
    """Human-readable deltas of sequences of lines: '- ', '+ ', '  ' lines and '? ' guide
    lines marking changes inside similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning the lines a into the lines b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for pos in range(lo, hi):
            yield '%s %s' % (tag, lines[pos])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # The most similar pair of lines (ratio above 0.75) anchors the block: what is
        # before and after it is compared recursively, the pair itself gets '?' guides.
        # Without such a pair the first identical pair anchors; without one either, the
        # block is printed plainly.
        best, floor = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same = None
        for j in range(blo, bhi):
            line_b = b[j]
            chars.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if same is None:
                        same = (i, j)
                    continue
                chars.set_seq1(line_a)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < floor:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same
        else:
            same = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        line_a, line_b = a[best_i], b[best_j]
        if same is None:
            marks_a, marks_b = [], []
            chars.set_seqs(line_a, line_b)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'equal':
                    marks_a.append(' ' * (i2 - i1))
                    marks_b.append(' ' * (j2 - j1))
                elif tag == 'replace':
                    marks_a.append('^' * (i2 - i1))
                    marks_b.append('^' * (j2 - j1))
                elif tag == 'delete':
                    marks_a.append('-' * (i2 - i1))
                elif tag == 'insert':
                    marks_b.append('+' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(line_a, line_b, ''.join(marks_a), ''.join(marks_b))
        else:
            yield '  ' + line_a
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield sign + ' ' + line
            marks = _restore_blanks(line, marks).rstrip()
            if marks:
                yield '? ' + marks + '\n'


def IS_LINE_JUNK(line, pat=_re.compile(r'\s*(?:#\s*)?$').match):
    """True for a line that is blank or holds only a '#' (the default line junk of
    HtmlDiff; ndiff uses none)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _range_unified(start, stop):
    # 'first,count' as unified diffs number lines; an empty range names the line before
    count = stop - start
    first = start + 1
    if count == 1:
        return str(first)
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _range_context(start, stop):
    # 'first,last' as context diffs number lines
    count = stop - start
    first = start + 1
    if not count:
        first -= 1
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _headed_hunks(a, b, n, old, new, lineterm):
    # (header lines, hunk) for each hunk of context n; the two file lines come with the
    # first hunk only (no hunks, no header)
    _require_str(a, b, (old[1], new[1], old[2], new[2], lineterm))
    header = [_file_header(*old, lineterm), _file_header(*new, lineterm)]
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield header, hunk
        header = []


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The unified diff ('---', '+++', '@@' hunks) of the lines a and b, n lines of
    context."""
    for header, hunk in _headed_hunks(a, b, n, ('---', fromfile, fromfiledate),
                                      ('+++', tofile, tofiledate), lineterm):
        yield from header
        yield '@@ -%s +%s @@%s' % (_range_unified(hunk[0][1], hunk[-1][2]),
                                   _range_unified(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_SIGNS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The context diff ('***', '---', '!' lines) of the lines a and b, n lines of
    context."""
    for header, hunk in _headed_hunks(a, b, n, ('***', fromfile, fromfiledate),
                                      ('---', tofile, tofiledate), lineterm):
        yield from header
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_range_context(hunk[0][1], hunk[-1][2]), lineterm)
        if any(step[0] in ('replace', 'delete') for step in hunk):
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_SIGNS[tag] + line
        yield '--- %s ----%s' % (_range_context(hunk[0][3], hunk[-1][4]), lineterm)
        if any(step[0] in ('replace', 'insert') for step in hunk):
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_SIGNS[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'',
               n=3, lineterm=b'\n'):
    """Run the str diff function dfunc on bytes lines, giving bytes lines: every byte
    stands for one character on the way through."""
    def text(value):
        try:
            return str(value, 'latin-1')
        except TypeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from exc
    lines_a = [text(line) for line in a]
    lines_b = [text(line) for line in b]
    names = [text(v) for v in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(lines_a, lines_b, *names[:4], n, names[4]):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): the delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff or compare delta was made from (which is 1 or
    2)."""
    try:
        mine = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', mine):
            yield line[2:]

