# inspect: signatures (str, repr, bind, classes, partials, wrappers), predicates, getdoc,
# getmembers, getsource of functions/classes/lambdas, frames and stack().
import inspect, functools
from inspect import Parameter, Signature, signature
def f(a, b: int = 2, *args: str, c, d: 'float' = 1.5, **kw) -> bool:
    """Doc of f.

        indented
    """
    return True
def g(x, /, y, *, z=3): pass
print(signature(f), repr(signature(f)), signature(g))
sig = signature(f)
print(list(sig.parameters), sig.return_annotation, sig.parameters['b'], repr(sig.parameters['d']))
print([(p.name, str(p.kind), p.kind.description, p.default is p.empty) for p in sig.parameters.values()])
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
bp = sig.bind_partial(1)
bp.apply_defaults(); print(bp)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: signature(g).bind(1, 2, 3), lambda: signature(g).bind(x=1, y=2),
             lambda: signature(g).bind(1, y=2, w=3), lambda: signature(lambda a, b: 0).bind(1, a=2)]:
    try: call()
    except TypeError as e: print('TypeError', e)
class C:
    def __init__(self, p, q=1): pass
    def m(self, r): pass
    @classmethod
    def k(cls, s): pass
    @staticmethod
    def st(t): pass
class D: pass
class N:
    def __new__(cls, a, b): return object.__new__(cls)
class Call:
    def __call__(self, v, w=2): pass
print(signature(C), signature(C.m), signature(C(1).m), signature(C.k), signature(C.st), signature(D), signature(N), signature(Call()))
p = functools.partial(f, 1, c=3)
print(signature(p))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def h(u, v=1): pass
print(signature(h), signature(h, follow_wrapped=False))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C.m))
try: signature(3)
except TypeError as e: print(e)
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.KEYWORD_ONLY, default=None)], return_annotation=list))
for bad in [lambda: Parameter('1x', Parameter.POSITIONAL_ONLY), lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1), Parameter('a', 1)])]:
    try: bad()
    except ValueError as e: print('ValueError', e)
print(sig == signature(f), sig.replace(return_annotation=Signature.empty), Parameter.empty, inspect.Parameter.KEYWORD_ONLY)
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.ismethod(C.m), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.isabstract(C))
print(inspect.getdoc(f), repr(inspect.cleandoc('  a\n    b\n   c\n\n')))
class E(C):
    def m(self, r): pass
print(inspect.getdoc(E.m), inspect.getdoc(E))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)], [n for n, v in inspect.getmembers(C(1)) if not n.startswith('__')])
print(inspect.getsource(f))
print(inspect.getsource(C))
print(inspect.getsourcelines(h)[1], inspect.getsource(h))
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__, inspect.getsourcefile(C) == __file__)
def where():
    fr = inspect.currentframe()
    st = inspect.stack()
    return fr.f_code.co_name, st[0].function, st[1].function, st[0].code_context, st[0].index, st[1].lineno
print(where())
lam = lambda x: x + 1
print(inspect.getsource(lam))
print(inspect.getcomments(where))
try: inspect.getsource(len)
except TypeError as e: print(e)
