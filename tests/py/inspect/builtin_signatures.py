# inspect.signature of builtins, as CPython derives them from __text_signature__: module
# functions, methods of the builtin types (unbound, bound, class methods), parameters'
# kinds and defaults, and the ValueErrors of those CPython cannot describe.
import inspect

funcs = [len, sorted, print, abs, isinstance, divmod, pow, round, repr, hash, id,
         dict.get, str.split, list.append, list.index, str.join, bytes.decode,
         dict.setdefault, int.to_bytes, float.hex, tuple.count, str.replace,
         [].append, 'x'.split, {}.get, (1).to_bytes, b''.decode,
         int.from_bytes, dict.fromkeys, bytes.fromhex, float.fromhex]
for f in funcs:
    sig = inspect.signature(f)
    print(getattr(f, '__name__', f), sig)
    for p in sig.parameters.values():
        print('   ', p.name, p.kind, p.default if p.default is not p.empty else '-')
for f in (max, min, getattr, next, iter, vars, dict.pop, str.maketrans, int, range):
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print('ValueError', str(e).startswith('no signature found for builtin') or
              str(e).endswith('builtin has invalid signature'))
print(inspect.signature(sorted).bind([3, 1], key=None).arguments)
try:
    inspect.signature(len).bind()
except TypeError as e:
    print('TypeError', e)
