"""Pretty printing of Python data structures.

pprint(), pformat() and pp() lay out containers over several lines when their repr does not
fit in the width; saferepr(), isreadable() and isrecursive() look at a repr without
following cycles. PrettyPrinter holds the options (indent, width, depth, stream, compact,
sort_dicts, underscore_numbers).

(gopy's implementation, written after the documentation of CPython 3.11's pprint: the
same layouts, character for character.)"""

import collections as _collections
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty layout of object, and a newline, to stream (sys.stdout if None)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty layout of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries left in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object in which a container that holds itself shows a recursion marker."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() of object's repr could rebuild it (no recursion, no <...> reprs)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    # A sort key that orders values of types that cannot be compared by their type's name
    # and then their id, so that sorting mixed sets and dict keys never fails.
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a, b = self.obj, other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is taken as it is and is always readable.
_plain_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Lays out Python values; see pprint() for the meaning of the options."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object: the hook subclasses override to change
        how single values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout

    def _format(self, object, stream, indent, allowance, context, level):
        # Write object at the current column: indent is the column of continuation lines,
        # allowance the characters that will still follow on the last line.
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(_repr_owner(type(object)))
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format_items(self, items, stream, indent, allowance, context, level):
        # The elements of a sequence, one per line, or packed into lines in compact mode.
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        full = self._width - indent + 1
        room = full
        sep = ''
        items = list(items)
        for n, item in enumerate(items):
            last = n == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            text = self._repr(key, context, level)
            stream.write(text + ': ')
            self._format(value, stream, indent + len(text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        newline = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            stream.write(key + '=')
            if id(value) in context:
                # A namespace inside itself: CPython shows an ellipsis here.
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(newline)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top, the pieces go inside parentheses.
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            limit = room - allowance if final_line else room
            whole = repr(line)
            if len(whole) <= limit:
                pieces.append(whole)
                continue
            # Cut the line after runs of whitespace, packing words while their repr fits.
            words = _re.findall(r'\S*\s*', line)[:-1]
            current = ''
            for m, word in enumerate(words):
                fit = room - allowance if final_line and m == len(words) - 1 else room
                if len(repr(current + word)) > fit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(
            _bytes_pieces(object, self._width - indent, allowance)))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for n, m in enumerate(maps):
            if n < len(maps) - 1:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' +
                     self._repr(object.maxlen, context, level) + ')')

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString are laid out as the data they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- reprs that do not follow cycles

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive); maxlevels cuts nesting deeper than the depth option.
        cls = type(object)
        if cls in _plain_scalars:
            return repr(object), True, False
        shown = _repr_owner(cls)
        if shown is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if shown is dict:
            return self._safe_container(object, context, maxlevels, level, '{%s}', True)
        if shown is list:
            return self._safe_container(object, context, maxlevels, level, '[%s]', False)
        if shown is tuple:
            form = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, context, maxlevels, level, form, False)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _safe_container(self, object, context, maxlevels, level, form, mapping):
        if not object:
            return form.replace('%s', ''), True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return form % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        level += 1
        if mapping:
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            for k, v in items:
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in object:
                text, read, rec = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return form % ', '.join(parts), readable, recursive


def _bytes_pieces(data, width, allowance):
    # The reprs of runs of whole 4-byte groups that fit in width (the last group also
    # leaves room for the allowance).
    current = b''
    final = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        if start == final:
            width -= allowance
        if len(repr(current + group)) > width:
            if len(current):
                yield repr(current)
            current = group
        else:
            current += group
    if len(current):
        yield repr(current)


# The built-in types with a layout of their own. In gopy they take their repr from one
# method of object's that calls the type's own (so dict.__repr__ == list.__repr__): the class
# that gives an object its repr is found by walking the MRO instead of comparing methods.
_builtin_owners = (dict, list, tuple, set, frozenset, str, bytes, bytearray, int,
                   _types.MappingProxyType)


def _repr_owner(cls):
    # The class whose __repr__ type(obj).__repr__ is: the first class of the MRO that
    # defines one, a built-in type counting as defining its own.
    for klass in cls.__mro__:
        if klass in _builtin_owners or '__repr__' in klass.__dict__:
            return klass
    return object


def _build_dispatch():
    # Layouts by the class that gives the object its repr: a subclass that keeps its base's
    # repr is laid out as the base, one with a repr of its own is not.
    table = {
        dict: PrettyPrinter._pprint_dict,
        list: PrettyPrinter._pprint_list,
        tuple: PrettyPrinter._pprint_tuple,
        set: PrettyPrinter._pprint_set,
        frozenset: PrettyPrinter._pprint_set,
        str: PrettyPrinter._pprint_str,
        bytes: PrettyPrinter._pprint_bytes,
        bytearray: PrettyPrinter._pprint_bytearray,
        _types.MappingProxyType: PrettyPrinter._pprint_mappingproxy,
        _types.SimpleNamespace: PrettyPrinter._pprint_simplenamespace,
        _collections.OrderedDict: PrettyPrinter._pprint_ordered_dict,
        _collections.defaultdict: PrettyPrinter._pprint_default_dict,
        _collections.Counter: PrettyPrinter._pprint_counter,
        _collections.ChainMap: PrettyPrinter._pprint_chain_map,
        _collections.deque: PrettyPrinter._pprint_deque,
    }
    for name in ('UserDict', 'UserList', 'UserString'):
        wrapper = getattr(_collections, name, None)
        if wrapper is not None:
            table[wrapper] = PrettyPrinter._pprint_user_wrapper
    return table


PrettyPrinter._dispatch = _build_dispatch()
