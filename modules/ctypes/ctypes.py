# gopy's ctypes: the named C types, structures, unions and pointers over _ctypes' memory
# model (see _ctypes.py), and the library loaders, which cannot load anything: calling C
# needs cgo, which gopy does not use.

from _ctypes import (_CData, _SimpleCData, PyCSimpleType, PyCArrayType, Array, ARRAY,
                     _times, _read_field, _write_field, _new_memory, _caller_module,
                     _fake_address)


def _simple(name, code):
    return PyCSimpleType(name, (_SimpleCData,), {'_type_': code, '__module__': 'ctypes'})


c_bool = _simple('c_bool', '?')
c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_longdouble = _simple('c_longdouble', 'g')
c_char_p = _simple('c_char_p', 'z')
c_wchar_p = _simple('c_wchar_p', 'Z')
c_void_p = _simple('c_void_p', 'P')
py_object = _simple('py_object', 'O')

# On 64-bit Linux long and long long are the same type, as are the fixed-width names.
c_longlong, c_ulonglong = c_long, c_ulong
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long
c_time_t = c_long
c_voidp = c_void_p


def _buffer(item, text_type, init, size):
    # A zero-filled char or wchar array: of `init` items, or holding the text `init` (one
    # item longer than it, for the terminating zero, unless `size` says otherwise).
    if isinstance(init, int) and not isinstance(init, bool):
        if size is not None:
            raise TypeError(init)
        return (item * init)()
    if not isinstance(init, text_type):
        raise TypeError(init)
    buf = (item * (len(init) + 1 if size is None else size))()
    buf.value = init
    return buf


def create_string_buffer(init, size=None):
    return _buffer(c_char, bytes, init, size)


def create_unicode_buffer(init, size=None):
    return _buffer(c_wchar, str, init, size)


c_buffer = create_string_buffer

# ---------------------------------------------------------------------------
# Structures and unions.

class CField(object):
    """A field of a structure or union: its type, offset and size (a data descriptor)."""

    def __init__(self, name, ftype, offset):
        self.name = name
        self.type = ftype
        self.offset = offset
        self.size = ftype._size_

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return _read_field(obj, self.type, self.offset)

    def __set__(self, obj, value):
        _write_field(obj, self.type, self.offset, value)

    def __repr__(self):
        return '<Field type=%s, ofs=%d, size=%d>' % (self.type.__name__, self.offset, self.size)


CField.__module__ = '_ctypes'


def _lay_out(cls, fields, union):
    if isinstance(fields, (str, bytes)) or not hasattr(fields, '__iter__'):
        raise TypeError("_fields_ must be a sequence of pairs")
    base = cls.__mro__[1]
    size = getattr(base, '_size_', 0) if not union else 0
    align = getattr(base, '_align_', 1)
    names = list(getattr(base, '_field_names_', ()))
    pack = cls.__dict__.get('_pack_')
    if pack is not None and (not isinstance(pack, int) or pack < 0):
        raise ValueError("_pack_ must be a non-negative integer")
    for index, entry in enumerate(fields):
        if not isinstance(entry, tuple) or len(entry) < 2:
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        if len(entry) > 2:
            raise TypeError("gopy's ctypes has no bit fields (field %r)" % (entry[0],))
        name, ftype = entry
        if not isinstance(name, str):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        if not (isinstance(ftype, type) and issubclass(ftype, _CData) and hasattr(ftype, '_size_')):
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % index)
        falign = ftype._align_ if not pack else min(pack, ftype._align_)
        if union:
            offset = 0
            size = max(size, ftype._size_)
        else:
            offset = (size + falign - 1) // falign * falign
            size = offset + ftype._size_
        align = max(align, falign)
        type.__setattr__(cls, name, CField(name, ftype, offset))
        names.append(name)
    type.__setattr__(cls, '_size_', (size + align - 1) // align * align)
    type.__setattr__(cls, '_align_', align)
    type.__setattr__(cls, '_field_names_', tuple(names))


class _StructMeta(type):
    _union = False

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if ns.get('__module__') == '_ctypes':
            return cls
        base = cls.__mro__[1]
        type.__setattr__(cls, '_size_', getattr(base, '_size_', 0))
        type.__setattr__(cls, '_align_', getattr(base, '_align_', 1))
        type.__setattr__(cls, '_field_names_', tuple(getattr(base, '_field_names_', ())))
        if '_fields_' in ns:
            _lay_out(cls, ns['_fields_'], mcls._union)
        return cls

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if '_fields_' in cls.__dict__:
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            _lay_out(cls, value, type(cls)._union)
            return
        type.__setattr__(cls, name, value)

    __mul__ = __rmul__ = _times


class PyCStructType(_StructMeta):
    """The metaclass of Structure subclasses: lays out _fields_ as a C compiler does."""


class UnionType(_StructMeta):
    """The metaclass of Union subclasses: every field starts at offset 0."""
    _union = True


PyCStructType.__module__ = UnionType.__module__ = '_ctypes'


class _StructBase(_CData):
    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj._bind(_new_memory(cls), 0)
        return obj

    def __init__(self, *args, **kwargs):
        names = type(self)._field_names_
        if len(args) > len(names):
            raise TypeError("too many initializers")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in names[:len(args)]:
                raise TypeError("duplicate values for field %r" % name)
            setattr(self, name, value)


class Structure(_StructBase, metaclass=PyCStructType):
    """A C struct: subclasses list their members in _fields_."""
    __module__ = '_ctypes'


class Union(_StructBase, metaclass=UnionType):
    """A C union: every member of _fields_ starts at the same byte."""
    __module__ = '_ctypes'


BigEndianStructure = LittleEndianStructure = Structure


# ---------------------------------------------------------------------------
# Pointers: a pointer keeps the object it points to (there are no raw addresses).

class PyCPointerType(type):
    """The metaclass of pointer types made by POINTER()."""

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._size_ = cls._align_ = 8
        return cls

    __mul__ = __rmul__ = _times


PyCPointerType.__module__ = '_ctypes'


class _Pointer(_CData, metaclass=PyCPointerType):
    """A pointer to a C object."""
    __module__ = '_ctypes'

    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj._bind(_new_memory(cls), 0)
        obj.__dict__['_target'] = None
        return obj

    def __init__(self, target=None):
        if target is not None:
            self.contents = target

    @property
    def contents(self):
        if self._target is None:
            raise ValueError("NULL pointer access")
        return self._target

    @contents.setter
    def contents(self, target):
        want = getattr(type(self), '_type_', None)
        if want is not None and not isinstance(target, want):
            raise TypeError("expected %s instead of %s" % (want.__name__, type(target).__name__))
        self.__dict__['_target'] = target

    def __getitem__(self, i):
        if i != 0:
            raise IndexError("gopy's ctypes pointers only reach index 0")
        target = self.contents
        return target.value if isinstance(target, _SimpleCData) else target

    def __setitem__(self, i, value):
        if i != 0:
            raise IndexError("gopy's ctypes pointers only reach index 0")
        self.contents.value = value

    def __bool__(self):
        return self._target is not None


_pointer_types = {}


def POINTER(target):
    cls = _pointer_types.get(target)
    if cls is None:
        if isinstance(target, str):
            cls = PyCPointerType('LP_' + target, (_Pointer,), {'__module__': _caller_module()})
        else:
            cls = PyCPointerType('LP_' + target.__name__, (_Pointer,),
                                 {'_type_': target, '__module__': _caller_module()})
        _pointer_types[target] = cls
    return cls


def pointer(obj):
    return POINTER(type(obj))(obj)


# ---------------------------------------------------------------------------
# Functions on C data.

def sizeof(obj):
    t = obj if isinstance(obj, type) else type(obj)
    size = getattr(t, '_size_', None)
    if size is None or not issubclass(t, _CData):
        raise TypeError("this type has no size")
    return size


def alignment(obj):
    t = obj if isinstance(obj, type) else type(obj)
    if not (isinstance(t, type) and issubclass(t, _CData) and hasattr(t, '_align_')):
        raise TypeError("no alignment info")
    return t._align_


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return _fake_address(obj._mem) + obj._off


def resize(obj, size):
    raise ValueError("gopy's ctypes cannot resize C objects")


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return pointer(obj)


# ---------------------------------------------------------------------------
# Shared libraries: gopy has no foreign function interface.

class CDLL(object):
    """A shared library. gopy cannot load one: its construction raises OSError."""

    def __init__(self, name, *args, **kwargs):
        raise OSError("%s: cannot load shared libraries: gopy's ctypes has no foreign "
                      "function interface (it would need cgo)" % (name,))


PyDLL = CDLL


class LibraryLoader(object):
    """cdll and pydll: attribute access loads a library (which gopy cannot do)."""

    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._dlltype(name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def CFUNCTYPE(restype, *argtypes, **kwargs):
    raise NotImplementedError("gopy's ctypes has no foreign function interface")


PYFUNCTYPE = CFUNCTYPE
ArgumentError = type('ArgumentError', (Exception,), {'__module__': 'ctypes'})
RTLD_LOCAL, RTLD_GLOBAL = 0, 256
DEFAULT_MODE = RTLD_LOCAL
SIZEOF_TIME_T = 8
