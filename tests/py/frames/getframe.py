# sys._getframe and frame objects: f_back, f_code, f_lineno, f_globals, f_locals, f_trace,
# the caller kept after return, and code objects' attributes.
import sys


def show(f):
    print(f.f_code.co_name, f.f_code.co_qualname, f.f_lineno, f.f_globals is globals(),
          type(f.f_lasti).__name__, f.f_builtins is sys._getframe().f_builtins)


top = sys._getframe()
show(top)
print(top.f_back, top.f_locals is globals())


def callee():
    return sys._getframe(1)


def caller():
    here = sys._getframe()
    back = callee()
    print(back is here, back.f_lineno)
    return here


f = caller()
print(f.f_back is top, f.f_code is caller.__code__)


class Widget:
    def method(self, depth):
        return sys._getframe(depth)

    class Inner:
        @staticmethod
        def deep():
            def local():
                return sys._getframe()
            return local()


show(Widget().method(0))
show(Widget().method(1))
show(Widget.Inner.deep())
print(Widget.Inner.deep().f_back.f_code.co_qualname)

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
print(sys._getframe(-5) is sys._getframe(0) or sys._getframe(-5).f_code.co_name)


def locals_of(a, b=2, *args, **kw):
    c = a + b
    cell = [c]

    def inner():
        return cell
    return sys._getframe().f_locals


print(locals_of(1, 3, 4, z=5).keys())
print(sorted((k, v) for k, v in locals_of(1).items() if k != "inner"))

f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = print
print(f.f_trace is print)
f.f_trace = None
try:
    f.f_trace_lines = 1
except TypeError as e:
    print("TypeError:", e)
try:
    f.clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    yield sys._getframe()
    yield sys._getframe().f_back


g = gen()
gf = next(g)
print(gf.f_code.co_name, gf.f_back)
print(next(g).f_code.co_name)

code = Widget.method.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_varnames,
      code.co_filename == __file__, code.co_firstlineno, code.co_kwonlyargcount,
      code.co_posonlyargcount)
print(repr(sys._getframe()).startswith("<frame at 0x"), repr(sys._getframe()).split(", ")[2:])
