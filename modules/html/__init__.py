"""Escape text for HTML, and turn character references back into text."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, if quote, both quote marks) written as references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references HTML5 maps to other characters (the Windows-1252 block and two more).
_REMAPPED = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
             0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
             0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
             0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
             0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
             0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
             0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178'}


def _dropped(code):
    """Code points a numeric reference yields nothing for (controls and noncharacters)."""
    return (0x1 <= code <= 0x8 or code == 0xb or 0xe <= code <= 0x1f or 0x7f <= code <= 0x9f
            or 0xfdd0 <= code <= 0xfdef or code & 0xfffe == 0xfffe)


def _numeric(text):
    """The character of a numeric reference body ('#65', '#x41;')."""
    digits = text[1:].rstrip(';')
    code = int(digits[1:], 16) if digits[:1] in 'xX' else int(digits)
    if code in _REMAPPED:
        return _REMAPPED[code]
    if 0xd800 <= code <= 0xdfff or code > 0x10ffff:
        return '\ufffd'
    if _dropped(code):
        return ''
    return chr(code)


def _named(text, table):
    if text in table:
        return table[text]
    # Without a match, the longest known prefix wins (the standard's rule for old names).
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in table:
            return table[text[:end]] + text[end:]
    return '&' + text


_HEX = frozenset('0123456789abcdefABCDEF')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _reference_at(s, i):
    """The body of a character reference starting after the '&' at s[i-1], or ''."""
    j = i
    if s[j:j + 1] == '#':
        j += 1
        allowed = _HEX if s[j:j + 1] in ('x', 'X') else frozenset('0123456789')
        if allowed is _HEX:
            j += 1
        start = j
        while j < len(s) and s[j] in allowed:
            j += 1
        if j == start:
            return ''
    else:
        while j < len(s) and j - i < 32 and s[j] not in _NAME_STOP:
            j += 1
        if j == i:
            return ''
    if s[j:j + 1] == ';':
        j += 1
    return s[i:j]


def unescape(s):
    """s with every named and numeric character reference replaced by its text (HTML5 rules)."""
    if '&' not in s:
        return s
    from html.entities import html5
    out, i = [], 0
    while True:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            return ''.join(out)
        out.append(s[i:amp])
        body = _reference_at(s, amp + 1)
        if not body:
            out.append('&')
            i = amp + 1
            continue
        out.append(_numeric(body) if body[0] == '#' else _named(body, html5))
        i = amp + 1 + len(body)
