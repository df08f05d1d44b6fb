"""Arrays of numbers (or characters) of one C type: gopy's array module.

An array keeps its items as Python values already fitted to its type code (ints checked
against the C type's range, floats rounded to single precision for 'f', one-character
strs for 'u'), so indexing and slicing are list operations; the machine representation
(little-endian, as on x86-64 and arm64 Linux) is made by struct when bytes are asked
for: tobytes, tofile, buffer_info, pickles and the buffer an array gives bytes().
"""

import struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I',
           'l': 'q', 'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# CPython's machine format codes (its pickles name the layout of the bytes with them).
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10,
            'q': 12, 'Q': 10, 'f': 14, 'd': 16}
_MFORMAT_LAYOUT = {0: '<B', 1: '<b', 2: '<H', 3: '>H', 4: '<h', 5: '>h', 6: '<I',
                   7: '>I', 8: '<i', 9: '>i', 10: '<Q', 11: '>Q', 12: '<q', 13: '>q',
                   14: '<f', 15: '>f', 16: '<d', 17: '>d'}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1


def _index(x):
    if isinstance(x, int):
        return int(x)
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return method(x)


def _bounded(v, lo, hi, name):
    if v > hi:
        raise OverflowError('%s is greater than maximum' % name)
    if v < lo:
        raise OverflowError('%s is less than minimum' % name)
    return v


def _as_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return v


def _unsigned_long(v, limit, name):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= 2 ** 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if v > limit:
        raise OverflowError('%s is greater than maximum' % name)
    return v


def _fit_b(x):
    v = _bounded(_as_long(_index(x)), -2 ** 15, 2 ** 15 - 1, 'signed short integer')
    return _bounded(v, -128, 127, 'signed char')


def _fit_B(x):
    return _bounded(_as_long(_index(x)), 0, 255, 'unsigned byte integer')


def _fit_h(x):
    return _bounded(_as_long(_index(x)), -2 ** 15, 2 ** 15 - 1, 'signed short integer')


def _fit_H(x):
    v = _bounded(_as_long(_index(x)), -2 ** 31, 2 ** 31 - 1, 'signed integer')
    return _bounded(v, 0, 2 ** 16 - 1, 'unsigned short')


def _fit_i(x):
    return _bounded(_as_long(_index(x)), -2 ** 31, 2 ** 31 - 1, 'signed integer')


def _fit_I(x):
    return _unsigned_long(_index(x), 2 ** 32 - 1, 'unsigned int')


def _fit_l(x):
    return _as_long(_index(x))


def _fit_L(x):
    return _unsigned_long(_index(x), 2 ** 64 - 1, 'unsigned long')


def _fit_q(x):
    v = _index(x)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _fit_Q(x):
    v = _index(x)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= 2 ** 64:
        raise OverflowError('int too big to convert')
    return v


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, (str, bytes, bytearray)) or x is None:
        raise TypeError('must be real number, not %s' % type(x).__name__)
    try:
        return float(x)
    except TypeError:
        raise TypeError('must be real number, not %s' % type(x).__name__) from None


def _fit_d(x):
    return _real(x)


def _fit_f(x):
    v = _real(x)
    try:
        return struct.unpack('<f', struct.pack('<f', v))[0]
    except OverflowError:
        return float('-inf') if v < 0 else float('inf')


def _fit_u(x):
    if not isinstance(x, str) or len(x) != 1:
        raise TypeError('array item must be unicode character')
    return x


_FIT = {'b': _fit_b, 'B': _fit_B, 'u': _fit_u, 'h': _fit_h, 'H': _fit_H, 'i': _fit_i,
        'I': _fit_I, 'l': _fit_l, 'L': _fit_L, 'q': _fit_q, 'Q': _fit_Q, 'f': _fit_f,
        'd': _fit_d}


def _pack(typecode, items):
    if typecode == 'u':
        items = [ord(c) for c in items]
    return struct.pack('<%d%s' % (len(items), _STRUCT[typecode]), *items)


def _unpack(typecode, data):
    size = _SIZES[typecode]
    if len(data) % size:
        raise ValueError('bytes length not a multiple of item size')
    values = list(struct.unpack('<%d%s' % (len(data) // size, _STRUCT[typecode]), data))
    if typecode == 'u':
        try:
            return [chr(v) for v in values]
        except (ValueError, OverflowError):
            raise ValueError('character U+%x is not in range [U+0000; U+10ffff]'
                             % max(values)) from None
    return values


class array:
    """array(typecode[, initializer]): a sequence of numbers (or characters for 'u') all
    of the C type the typecode names."""

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args)
                            if args else 'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            name = 'None' if typecode is None else type(typecode).__name__
            raise TypeError('array() argument 1 must be a unicode character, not %s' % name)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._fit = _FIT[typecode]
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode %r'
                                    % typecode)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array) and init._code == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            else:
                fit = self._fit
                self._items = [fit(x) for x in init]
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._code

    @property
    def itemsize(self):
        """The size, in bytes, of one array item."""
        return _SIZES[self._code]

    def _like(self, items):
        new = object.__new__(array)
        new._code, new._fit, new._items = self._code, self._fit, items
        return new

    # -- the sequence
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._like(self._items[index])
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            items = list(value._items)
            if index.step not in (None, 1):
                size = len(range(*index.indices(len(self._items))))
                if len(items) != size:
                    raise ValueError('attempt to assign array of size %d to extended slice '
                                     'of size %d' % (len(items), size))
            self._items[index] = items
            return
        try:
            i = _index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        value = self._fit(value)
        try:
            self._items[i] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_index(index)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(self._fit(v))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        v = self._fit(v)
        self._items.insert(_index(i), v)

    def extend(self, bb):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(list(bb._items))
            return
        for x in bb:
            self._items.append(self._fit(x))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array (the last by default)."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def byteswap(self):
        """Byteswap all items of the array (their bytes in reverse order)."""
        if self.itemsize == 1:
            return
        code = _STRUCT[self._code]
        n = len(self._items)
        raw = struct.pack('<%d%s' % (n, code), *(
            [ord(c) for c in self._items] if self._code == 'u' else self._items))
        values = list(struct.unpack('>%d%s' % (n, code), raw))
        if self._code == 'u':
            values = [chr(v) if v < 0x110000 else '\ufffd' for v in values]
        self._items = values

    def buffer_info(self):
        """(address, length): where the items would be, and how many there are."""
        return id(self), len(self._items)

    # -- conversions
    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        fit = self._fit
        self._items.extend([fit(x) for x in list_])

    def tobytes(self):
        """The array's items as machine values, in bytes."""
        return _pack(self._code, self._items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, buffer):
        """Append items read as machine values from a bytes-like object."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._items.extend(_unpack(self._code, bytes(buffer)))

    def fromunicode(self, ustr):
        """Append the characters of a str (to a 'u' array)."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n items (as machine values) from the file object f and append them."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        usable = len(data) - len(data) % self.itemsize
        self.frombytes(data[:usable])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    # -- operators
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._like(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        return self._like(self._items * max(n, 0))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= max(_index(n), 0)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = 'array' if type(self) is array else type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._code, self._items)

    def __copy__(self):
        return self._like(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        state = getattr(self, '__dict__', None)
        state = {k: v for k, v in state.items() if not k.startswith('_')} if state else None
        cls = type(self)
        if protocol < 3:
            return cls, (self._code, self.tolist()), state or None
        return (_array_reconstructor,
                (cls, self._code, _MFORMAT[self._code], self.tobytes()), state or None)


ArrayType = array


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuild an array pickled as a type code, a machine format code and bytes."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s'
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array' % arraytype.__name__)
    if not isinstance(typecode, str) or typecode not in _SIZES:
        raise ValueError('second argument must be a valid type code')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s' % type(items).__name__)
    if mformat_code in _MFORMAT_LAYOUT:
        layout = _MFORMAT_LAYOUT[mformat_code]
        size = struct.calcsize(layout)
        if len(items) % size:
            raise ValueError('string length not a multiple of item size')
        values = list(struct.unpack('%s%d%s' % (layout[0], len(items) // size, layout[1]),
                                    items))
    elif mformat_code in (18, 19, 20, 21):
        size = 2 if mformat_code < 20 else 4
        order = 'little' if mformat_code % 2 == 0 else 'big'
        values = [chr(int.from_bytes(items[i:i + size], order))
                  for i in range(0, len(items), size)]
    else:
        raise ValueError('third argument must be a valid machine format code.')
    return arraytype(typecode, values)


def _as_mutable_sequence():
    # as CPython's array module does when it starts: isinstance() with the ABC, and
    # sequence patterns (match) accept arrays
    from collections.abc import MutableSequence
    MutableSequence.register(array)


_as_mutable_sequence()
del _as_mutable_sequence
