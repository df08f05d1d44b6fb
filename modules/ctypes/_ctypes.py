# gopy's _ctypes: the memory model of ctypes' C data types, laid out as a 64-bit Linux C compiler lays them out.
#
# Every C data object is a window on a writable buffer: `_mem` (a bytearray it owns, or
# the memoryview of somebody else's memory: a structure's field, a shared memory segment,
# a bytearray given to from_buffer) and the offset `_off` of its first byte.  Values are
# read and written with struct's native formats, so sizes, alignment, integer wrapping
# and float rounding are the C compiler's.  Foreign functions (CDLL, CFUNCTYPE) and real
# pointers need cgo, which gopy does not use: loading a library raises OSError.

import struct as _st
from operator import index as _index
import sys as _sys

_BIG = 'big'


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class _CData(object):
    """The base of every C data object: a typed view of some bytes."""
    def __hash__(self):
        raise TypeError("unhashable type")

    def _bind(self, mem, off, base=None):
        object.__setattr__(self, '_mem', mem)
        object.__setattr__(self, '_off', off)
        object.__setattr__(self, '_b_base_', base)
        object.__setattr__(self, '_objects', None)

    def _pointers(self):
        # Pointer values cannot live in the bytes (there are no addresses): they are kept
        # beside them, by offset, on the object that owns the memory.
        owner = self
        while owner._b_base_ is not None and isinstance(owner._b_base_, _CData):
            owner = owner._b_base_
        table = owner.__dict__.get('_ptrs')
        if table is None:
            table = owner.__dict__['_ptrs'] = {}
        return table

    def __bytes__(self):
        n = type(self)._size_
        return bytes(self._mem[self._off:self._off + n])

    def __reduce__(self):
        return (_rebuild, (type(self), bytes(self)))

    @property
    def _b_needsfree_(self):
        return 1 if self._b_base_ is None else 0

    @classmethod
    def from_buffer(cls, source, offset=0):
        view = _writable(source)
        _fits(cls, len(view), offset)
        obj = cls.__new__(cls)
        obj._bind(view, offset, source)
        return obj

    @classmethod
    def from_buffer_copy(cls, source, offset=0):
        data = memoryview(source).tobytes()
        _fits(cls, len(data), offset)
        obj = cls.__new__(cls)
        obj._bind(bytearray(data[offset:offset + cls._size_]), 0)
        return obj

    @classmethod
    def from_address(cls, address):
        raise TypeError("gopy's ctypes has no raw memory addresses")

    @classmethod
    def in_dll(cls, library, name):
        raise TypeError("gopy's ctypes cannot load shared libraries")


_CData.__module__ = '_ctypes'


def _rebuild(cls, data):
    obj = cls.__new__(cls)
    obj._bind(bytearray(data), 0)
    return obj


def _writable(source):
    try:
        view = memoryview(source)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(source).__name__) from None
    if view.readonly:
        raise TypeError("underlying buffer is not writable")
    return view


def _fits(cls, have, offset):
    if offset < 0:
        raise ValueError("offset cannot be negative")
    need = cls._size_ + offset
    if have < need:
        raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (have, need))


def _new_memory(cls):
    return bytearray(cls._size_)


# ---------------------------------------------------------------------------
# Simple types.

# _type_ code: (struct format, kind)
_CODES = {
    '?': ('?', 'bool'), 'c': ('c', 'char'), 'u': ('I', 'wchar'),
    'b': ('b', 'int'), 'B': ('B', 'int'), 'h': ('h', 'int'), 'H': ('H', 'int'),
    'i': ('i', 'int'), 'I': ('I', 'int'), 'l': ('l', 'int'), 'L': ('L', 'int'),
    'q': ('q', 'int'), 'Q': ('Q', 'int'),
    'f': ('f', 'float'), 'd': ('d', 'float'), 'g': ('d', 'float'),
    'z': ('P', 'ptr'), 'Z': ('P', 'ptr'), 'P': ('P', 'ptr'), 'O': ('P', 'ptr'),
}
_SIZES = {'g': 16}


def _times(cls, n):
    # cls * n and n * cls on every metaclass of C types: the array type of n cls.
    return _array_of(cls, n)


def _as_int(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(v)


def _one_char(v):
    if isinstance(v, (bytes, bytearray)) and len(v) == 1:
        return bytes(v)
    if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 256:
        return bytes((v,))
    raise TypeError("one character bytes, bytearray or integer expected")


class PyCSimpleType(type):
    """The metaclass of the simple types: checks _type_ and computes the size."""

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        code = getattr(cls, '_type_', None)
        if code is None:
            if name == '_SimpleCData' or ns.get('__module__') == '_ctypes':
                return cls
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if code not in _CODES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of "
                                 "'cbBhHiIlLdfuzZqQPXOv?g'.")
        fmt = _CODES[code][0]
        cls._size_ = _SIZES.get(code, _st.calcsize(fmt))
        cls._align_ = cls._size_
        cls._fmt_ = fmt
        cls._kind_ = _CODES[code][1]
        return cls

    __mul__ = __rmul__ = _times


PyCSimpleType.__module__ = '_ctypes'


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    """A C scalar: an integer, a float, a character, a bool or a pointer."""
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj._bind(_new_memory(cls), 0)
        return obj

    def _get(self):
        cls = type(self)
        kind = cls._kind_
        if kind == 'ptr':
            return self._objects if cls._type_ != 'P' else (self._objects or None)
        raw = _st.unpack_from(cls._fmt_, self._mem, self._off)[0]
        if kind == 'wchar':
            return chr(raw)
        return raw

    def _set(self, v):
        cls = type(self)
        kind = cls._kind_
        if kind == 'int':
            bits = 8 * cls._size_
            n = _as_int(v) & ((1 << bits) - 1)
            if cls._type_ in 'bhilq' and n >> (bits - 1):
                n -= 1 << bits
            data = n
        elif kind == 'float':
            if not isinstance(v, (int, float)):
                try:
                    v = v.__float__()
                except AttributeError:
                    raise TypeError("must be real number, not %s" % type(v).__name__) from None
            data = float(v)
        elif kind == 'bool':
            data = bool(v)
        elif kind == 'char':
            data = _one_char(v)
        elif kind == 'wchar':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("one character unicode string expected")
            data = ord(v)
        else:
            self._set_pointer(v)
            return
        _st.pack_into(cls._fmt_, self._mem, self._off, data)

    def _set_pointer(self, v):
        _check_pointer(type(self)._type_, v)
        object.__setattr__(self, '_objects', v)

    value = property(lambda self: self._get(), lambda self, v: self._set(v))

    def __repr__(self):
        cls = type(self)
        base = cls
        while base.__bases__ and base.__bases__[0] is not _SimpleCData:
            base = base.__bases__[0]
        if base is not cls:
            return '<%s object at %#x>' % (cls.__name__, id(self))
        if cls._kind_ == 'ptr' and cls._type_ in 'zP' and self._objects is not None:
            return '%s(%d)' % (cls.__name__, _fake_address(self))
        return '%s(%r)' % (cls.__name__, self.value)

    def __bool__(self):
        return bool(self.value)

    def __ctypes_from_outparam__(self):
        return self.value

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        return cls(obj)


_SimpleCData.__module__ = '_ctypes'


def _check_pointer(code, v):
    # What a pointer of _type_ code may be set to, with CPython's TypeErrors.
    if v is None:
        return
    if code == 'z' and not isinstance(v, (bytes, int)):
        raise TypeError("bytes or integer address expected instead of %s instance"
                        % type(v).__name__)
    if code == 'Z' and not isinstance(v, (str, int)):
        raise TypeError("unicode string or integer address expected instead of %s instance"
                        % type(v).__name__)
    if code == 'P' and not isinstance(v, int):
        raise TypeError("cannot be converted to pointer")


def _fake_address(obj):
    return id(obj) & 0x7fffffffffff


# ---------------------------------------------------------------------------
# Arrays.

_array_cache = {}


class PyCArrayType(type):
    """The metaclass of array types (`c_int * 3`)."""

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if ns.get('__module__') == '_ctypes':
            return cls
        try:
            length = cls._length_
        except AttributeError:
            raise AttributeError("class must define a '_length_' attribute") from None
        try:
            item = cls._type_
        except AttributeError:
            raise AttributeError("class must define a '_type_' attribute") from None
        if not isinstance(length, int) or isinstance(length, bool):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        _check_ctype(item)
        cls._size_ = item._size_ * length
        cls._align_ = item._align_
        return cls

    __mul__ = __rmul__ = _times


PyCArrayType.__module__ = '_ctypes'


def _check_ctype(t):
    if not (isinstance(t, type) and issubclass(t, _CData) and hasattr(t, '_size_')):
        raise TypeError("_type_ must have storage info")


def _array_of(item, n):
    if not isinstance(n, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
    if n < 0:
        raise ValueError("Array length must be >= 0, not %d" % n)
    key = (item, n)
    cls = _array_cache.get(key)
    if cls is None:
        ns = {'_type_': item, '_length_': n, '__module__': _caller_module(3)}
        cls = PyCArrayType('%s_Array_%d' % (item.__name__, n), (Array,), ns)
        _array_cache[key] = cls
    return cls


def ARRAY(typ, length):
    return _array_of(typ, length)


def _read_field(owner, ftype, off):
    """The Python value of a C object of type ftype at offset off of owner's memory."""
    simple = issubclass(ftype, _SimpleCData) and ftype.__bases__[0] is _SimpleCData
    if simple and ftype._kind_ == 'ptr':
        return owner._pointers().get(owner._off + off)
    view = ftype.__new__(ftype)
    view._bind(owner._mem, owner._off + off, owner)
    if simple or (issubclass(ftype, Array) and _is_text(ftype)):
        return view.value
    return view


def _is_text(array_type):
    # char and wchar arrays read and write as bytes and str.
    return getattr(array_type._type_, '_type_', None) in ('c', 'u')


def _write_field(owner, ftype, off, value):
    if issubclass(ftype, _SimpleCData):
        if isinstance(value, ftype):
            value = value.value
        if ftype._kind_ == 'ptr':
            _check_pointer(ftype._type_, value)
            owner._pointers()[owner._off + off] = value
            return
        obj = ftype.__new__(ftype)
        obj._bind(owner._mem, owner._off + off, owner)
        obj.value = value
        return
    if isinstance(value, ftype):
        start = owner._off + off
        owner._mem[start:start + ftype._size_] = bytes(value)
        return
    view = ftype.__new__(ftype)
    view._bind(owner._mem, owner._off + off, owner)
    if issubclass(ftype, Array):
        if _is_text(ftype) and isinstance(value, (bytes, str)):
            view.value = value
            return
        if isinstance(value, tuple):
            view._fill(value)
            return
    elif isinstance(value, tuple):
        view.__init__(*value)
        return
    raise TypeError("incompatible types, %s instance instead of %s instance"
                    % (type(value).__name__, ftype.__name__))


class Array(_CData, metaclass=PyCArrayType):
    """A fixed number of C objects of one type, one after the other."""
    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj._bind(_new_memory(cls), 0)
        return obj

    def __init__(self, *items):
        self._fill(items)

    def _fill(self, items):
        if len(items) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(items):
            self[i] = v

    _pointers = _CData._pointers

    def __len__(self):
        return self._length_

    def _index(self, i):
        i = _as_int(i)
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, key):
        item = self._type_
        if isinstance(key, slice):
            got = [self[i] for i in range(*key.indices(self._length_))]
            if item._type_ == 'c':
                return b''.join(got)
            if item._type_ == 'u':
                return ''.join(got)
            return got
        return _read_field(self, item, self._index(key) * item._size_)

    def __setitem__(self, key, value):
        item = self._type_
        if isinstance(key, slice):
            idx = range(*key.indices(self._length_))
            value = list(value)
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(idx, value):
                self[i] = v
            return
        _write_field(self, item, self._index(key) * item._size_, value)

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__name__, id(self))

    def _text(self):
        item = self._type_
        if item._type_ == 'c':
            raw = bytes(self)
            cut = raw.find(b'\0')
            return raw if cut < 0 else raw[:cut]
        if item._type_ == 'u':
            chars = []
            for i in range(self._length_):
                ch = self[i]
                if ch == '\0':
                    break
                chars.append(ch)
            return ''.join(chars)
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    def _set_text(self, v):
        item = self._type_
        if item._type_ == 'c':
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("byte string too long")
            start = self._off
            self._mem[start:start + len(v)] = v
            if len(v) < self._length_:
                self._mem[start + len(v)] = 0
            return
        if item._type_ == 'u':
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("string too long")
            for i, ch in enumerate(v):
                self[i] = ch
            if len(v) < self._length_:
                self[len(v)] = '\0'
            return
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    value = property(_text, _set_text)

    @property
    def raw(self):
        if self._type_._type_ != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return bytes(self)

    @raw.setter
    def raw(self, v):
        if self._type_._type_ != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        data = memoryview(v).tobytes()
        if len(data) > self._length_:
            raise ValueError("byte string too long")
        self._mem[self._off:self._off + len(data)] = data


Array.__module__ = '_ctypes'
