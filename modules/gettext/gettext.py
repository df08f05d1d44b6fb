"""Message catalogs for internationalized programs (GNU gettext's .mo files).

The class-based API: translation(domain, localedir, languages, fallback=...)
returns a GNUTranslations (or a NullTranslations with fallback=True when no
catalog is found) whose gettext/ngettext/pgettext/npgettext translate. The
GNU-style API: textdomain(), bindtextdomain() and the module-level gettext(),
ngettext(), dgettext()... look the catalog up on every call.
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext',
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- Plural-Forms expressions ------------------------------------------------
#
# A .mo header's "plural=EXPR" is a C expression of n. c2py parses it into a
# tree of closures (never through exec), keeping the value rules of the
# Python expression CPython makes of it: && and || give an operand, not a
# bool, / floors, comparisons never chain.

_lexer = re.compile(r"""
      (?P<space>[ \t]+)
    | (?P<number>[0-9]+\b)
    | (?P<name>n\b)
    | (?P<paren>[()])
    | (?P<op>[-*/%+?:]|[><!]=?|==|&&|\|\|)
    | (?P<bad>\w+|.)
""", re.VERBOSE | re.DOTALL)

_levels = {}
for _level, _ops in enumerate((('||',), ('&&',), ('==', '!='),
                                ('<', '>', '<=', '>='), ('+', '-'),
                                ('*', '/', '%')), 1):
    for _op in _ops:
        _levels[_op] = _level
del _level, _ops, _op

_apply = {
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '+': lambda a, b: a + b, '-': lambda a, b: a - b,
    '*': lambda a, b: a * b, '/': lambda a, b: a // b,
    '%': lambda a, b: a % b,
}


def _tokens(text):
    for m in _lexer.finditer(text):
        kind = m.lastgroup
        if kind == 'space':
            continue
        if kind == 'bad':
            raise ValueError('invalid token in plural form: %s' % m.group())
        yield m.group()
    yield ''


def _unexpected(tok):
    if tok:
        return ValueError('unexpected token in plural form: %s' % tok)
    return ValueError('unexpected end of plural form')


def _binary(op, left, right):
    if op == '||':
        return lambda n: left(n) or right(n)
    if op == '&&':
        return lambda n: left(n) and right(n)
    fn = _apply[op]
    return lambda n: fn(left(n), right(n))


class _PluralParser:
    def __init__(self, text):
        self.toks = _tokens(text)
        self.depth = 0

    def expr(self, floor=-1):
        # Returns (evaluator, the token that ended it).
        self.depth += 1
        if self.depth > 20:
            raise ValueError('plural form expression is too complex')
        tok = next(self.toks)
        nots = 0
        while tok == '!':
            nots += 1
            tok = next(self.toks)
        if tok == '(':
            node, tok = self.expr()
            if tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
        elif tok == 'n':
            node = lambda n: n
        else:
            try:
                value = int(tok, 10)
            except ValueError:
                raise _unexpected(tok) from None
            node = lambda n, value=value: value
        for _ in range(nots):
            node = lambda n, inner=node: not inner(n)
        tok = next(self.toks)
        while tok in _levels:
            level = _levels[tok]
            if level < floor:
                break
            right, after = self.expr(level + 1)
            node = _binary(tok, node, right)
            tok = after
        if tok == '?' and floor <= 0:
            yes, tok = self.expr(0)
            if tok != ':':
                raise _unexpected(tok)
            no, tok = self.expr()
            node = lambda n, c=node, y=yes, o=no: y(n) if c(n) else o(n)
        self.depth -= 1
        return node, tok


def _plural_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (type(n).__name__,)) from None
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        level += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,),
                  DeprecationWarning, level)
    return n


def c2py(plural):
    """Return a function of n computing the C plural expression plural."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        node, tok = _PluralParser(plural).expr()
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    if tok:
        raise _unexpected(tok)

    def func(n):
        if not isinstance(n, int):
            n = _plural_int(n)
        return int(node(n))
    return func


# --- Catalogs ---------------------------------------------------------------

def _expand_lang(loc):
    # Every variant of a locale name, most specific first: each combination
    # of its territory, codeset and modifier.
    import locale
    loc = locale.normalize(loc)
    parts = []
    for sep in '@._':
        cut = loc.find(sep)
        parts.append(loc[cut:] if cut >= 0 else None)
        if cut >= 0:
            loc = loc[:cut]
    modifier, codeset, territory = parts
    names = []
    for with_territory in (True, False):
        for with_codeset in (True, False):
            for with_modifier in (True, False):
                if ((with_territory and territory is None) or
                        (with_codeset and codeset is None) or
                        (with_modifier and modifier is None)):
                    continue
                names.append(loc + (territory if with_territory else '') +
                             (codeset if with_codeset else '') +
                             (modifier if with_modifier else ''))
    return names


class NullTranslations:
    """A catalog that translates nothing, handing messages to its fallback."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins._ = self.gettext
        for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names or ()):
            setattr(builtins, name, getattr(self, name))


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Override this method to support alternative .mo formats."""
        import struct
        name = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        magic, = struct.unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', name)
        version, count, ids_at, strs_at = struct.unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), name)
        entry = struct.Struct(order + 'II')
        for k in range(count):
            id_len, id_off = entry.unpack(data[ids_at + 8*k:ids_at + 8*k + 8])
            str_len, str_off = entry.unpack(data[strs_at + 8*k:strs_at + 8*k + 8])
            if id_off + id_len >= size or str_off + str_len >= size:
                raise OSError(0, 'File is corrupt', name)
            msgid = data[id_off:id_off + id_len]
            msgstr = data[str_off:str_off + str_len]
            if id_len == 0:
                self._read_header(msgstr)
            charset = self._charset or 'ascii'
            if b'\x00' in msgid:
                singular = str(msgid.split(b'\x00')[0], charset)
                for form, text in enumerate(msgstr.split(b'\x00')):
                    catalog[(singular, form)] = str(text, charset)
            else:
                catalog[str(msgid, charset)] = str(msgstr, charset)

    def _read_header(self, header):
        last = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last:
                    self._info[last] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            last = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _lookup(self, key):
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)))
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first of languages found (all: every one)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            if os.environ.get(var):
                languages = os.environ[var].split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    variants = []
    for lang in languages:
        for variant in _expand_lang(lang):
            if variant not in variants:
                variants.append(variant)
    found = []
    for lang in variants:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', domain + '.mo')
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """The catalog of domain: the first language's, the others as fallbacks."""
    cls = GNUTranslations if class_ is None else class_
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    first = None
    for path in paths:
        key = (cls, os.path.abspath(path))
        catalog = _translations.get(key)
        if catalog is None:
            with open(path, 'rb') as fp:
                catalog = _translations.setdefault(key, cls(fp))
        catalog = copy.copy(catalog)
        if first is None:
            first = catalog
        else:
            first.add_fallback(catalog)
    return first


def install(domain, localedir=None, *, names=None):
    """Install domain's catalog's gettext as builtins._ (and names)."""
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return NullTranslations()


def dgettext(domain, message):
    return _domain_catalog(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _domain_catalog(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _domain_catalog(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _domain_catalog(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
