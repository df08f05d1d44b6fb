import ctypes as C
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for n in ['c_bool','c_char','c_wchar','c_byte','c_ubyte','c_short','c_ushort','c_int','c_uint','c_long','c_ulong','c_longlong','c_size_t','c_float','c_double','c_char_p','c_wchar_p','c_void_p','c_int8','c_uint64']:
    t_=getattr(C,n); print(n, t_.__name__, t_._type_, C.sizeof(t_), C.alignment(t_), repr(t_()), t_.__mro__)
print(repr(C.c_int(2**40)), repr(C.c_ubyte(-1)), repr(C.c_float(0.1)), repr(C.c_char(65)), repr(C.c_bool(5)))
A=C.c_int*3; print(A, A.__name__, A.__mro__, A._length_, A._type_, list(A(1,2)))
class P(C.Structure):
    _fields_=[('x',C.c_int),('y',C.c_double),('c',C.c_char)]
p=P(1,2.5); print(p.x,p.y,p.c, C.sizeof(P), P.x, P.y, P.c, bytes(p)[:4])
t(lambda: hash(C.c_int(3)))
t(lambda: C.c_int(1.5)); t(lambda: C.c_double('x')); t(lambda: C.c_char(b'ab')); t(lambda: C.c_char('a')); t(lambda: C.c_char(300))
t(lambda: C.c_wchar('ab')); t(lambda: C.c_bool([])); t(lambda: C.c_int(None)); t(lambda: C.c_char_p('s')); t(lambda: C.c_int(3,4))
class P(C.Structure): _fields_=[('x',C.c_int),('y',C.c_int)]
t(lambda: P(1, x=2)); t(lambda: P(1,2,3)); t(lambda: P('a'))
p=P(1,2); t(lambda: setattr(p,'x','a')); t(lambda: setattr(p,'z',3)); t(lambda: p.z)
A=C.c_int*3; a=A(1,2,3); t(lambda: a[3]); t(lambda: a[-1]); t(lambda: a[0:2]); t(lambda: a[::-1]); t(lambda: len(a))
t(lambda: a.__setitem__(0,'x')); t(lambda: a.__setitem__(slice(0,2),[5])); t(lambda: a.__setitem__(slice(0,2),[5,6])); t(lambda: a[:])
t(lambda: (C.c_int*3) is (C.c_int*3)); t(lambda: C.c_int * -1); t(lambda: C.c_int * 'a'); t(lambda: 2 * C.c_int); t(lambda: A(1,2,3,4))
s=C.create_string_buffer(b"hello", 8); t(lambda: (s.value, s.raw, len(s), s[0], s[1:3], type(s).__name__))
u=C.create_unicode_buffer("hi"); t(lambda: (u.value, len(u), u[0]))
t(lambda: C.sizeof(3)); t(lambda: C.sizeof(p)); t(lambda: C.sizeof(A))
class Q(C.Structure): _fields_=[('p',P),('a',C.c_char*3),('d',C.c_double)]
q=Q(); t(lambda: (q.p.x, q.a, C.sizeof(Q), Q.p, Q.a)); q.p.x=5; t(lambda: q.p.x); t(lambda: setattr(q,'p',P(7,8))); t(lambda: q.p.y); q.a=b'ab'; t(lambda: q.a)
t(lambda: P.from_buffer(bytearray(8)).x); t(lambda: P.from_buffer(bytearray(4))); t(lambda: P.from_buffer(b'12345678')); t(lambda: P.from_buffer_copy(b'\x01\x00\x00\x00\x02\x00\x00\x00').y)
class R(C.Structure): _fields_=[('c',C.c_char),('x',C.c_int)]; _pack_=1
t(lambda: C.sizeof(R))
class U(C.Union): _fields_=[('i',C.c_int),('f',C.c_float)]
uu=U(); uu.f=1.0; t(lambda: (uu.i, C.sizeof(U)))
t(lambda: C.pointer(C.c_int(3)).contents); t(lambda: C.POINTER(C.c_int).__name__)
class Bad(C.Structure): pass
t(lambda: C.sizeof(Bad()))
t(lambda: type('X',(C.Structure,),{'_fields_':[('a',int)]}))
t(lambda: type('X',(C.Structure,),{'_fields_':[('a',)]}))
t(lambda: C.c_int(3).value.__class__); t(lambda: C.c_ulong(-1).value); t(lambda: C.c_char_p(b'x').value)
t(lambda: C.c_int.__name__); t(lambda: C.Structure.__module__); t(lambda: C.c_int(4)._b_base_)
t(lambda: [x for x in A(1,2,3)]); t(lambda: C.addressof(C.c_int()) > 0)
class MyInt(C.c_int): pass
t(lambda: MyInt(5).value)
import pickle
t(lambda: pickle.loads(pickle.dumps(P(3,4))).y); t(lambda: pickle.loads(pickle.dumps(C.c_double(2.5))))
class Base(C.Structure): _fields_=[('a',C.c_char)]
class Der(Base): _fields_=[('b',C.c_int)]
t(lambda: (C.sizeof(Der), Der.b.offset, Der(b'x', 5).b))
