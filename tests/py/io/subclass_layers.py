# The io base classes subclassed by Python classes: a RawIOBase under BufferedReader and
# BufferedWriter, a BufferedIOBase under TextIOWrapper, derived methods (readline,
# iteration, readall, readinto) built on the subclass's own, and subclasses of the
# concrete classes.
import io


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


class Source(io.RawIOBase):
    """Raw reads of at most 3 bytes at a time from a bytes object."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(3, len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


s = Source(b'first line\nsecond\nthird')
print(s.read(2), s.readline(), s.readall(), s.read(), s.closed)
s = Source(b'a\nbb\nccc')
print(list(s), s.calls)
s.close()
print(s.closed, s.__dict__['_Source__dummy'] if False else sorted(s.__dict__))
attempt('closed read', lambda: s.readline())
attempt('closed iter', lambda: iter(s))

b = io.BufferedReader(Source(b'0123456789' * 3), buffer_size=8)
print(b.read(4), b.peek()[:4], b.read1(), b.readline(), b.tell() if False else '', b.read())
print(isinstance(b.raw, io.RawIOBase), b.raw.calls)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)


sink = Sink()
w = io.BufferedWriter(sink, buffer_size=4)
w.write(b'ab')
w.write(b'cd')
w.write(b'efghij')
print(sink.chunks)
w.write(b'k')
w.flush()
print(sink.chunks, repr(w))
attempt('fileno', w.fileno)
w.close()
print(w.closed, sink.closed)


class Chunks(io.BufferedIOBase):
    """A buffered stream that gives its data in fixed pieces."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        piece, self.data = self.data[:n], self.data[n:]
        return piece

    read1 = read


t = io.TextIOWrapper(Chunks('h\xe9llo\nw\xf6rld\n'.encode('utf-8')), encoding='utf-8')
print(t.readline(), t.read(), repr(t))
buf = bytearray(4)
c = Chunks(b'xyz')
print(c.readinto(buf), buf)
attempt('base write', lambda: c.write(b'x'))
attempt('base detach', c.detach)
attempt('text base read', lambda: io.TextIOBase().read())
print(io.TextIOBase().encoding, io.TextIOBase().newlines)


class Tagged(io.BytesIO):
    def write(self, b):
        return super().write(b.upper())


tg = Tagged()
tg.write(b'abc')
print(tg.getvalue(), isinstance(tg, io.BufferedIOBase))


class Named(io.TextIOWrapper):
    pass


n = Named(io.BytesIO(b'x\ny\n'), encoding='ascii')
print(list(n), repr(n), type(n).__mro__[1].__name__)


class Counted(io.BufferedReader):
    reads = 0

    def read(self, n=-1):
        Counted.reads += 1
        return super().read(n)


cr = Counted(io.BytesIO(b'abc'))
print(cr.read(1), cr.read(), Counted.reads, repr(cr))
print(io.IOBase.__module__, io.RawIOBase.__mro__[1:3], issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
