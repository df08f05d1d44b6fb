# sys.implementation: the fields every implementation has, with the same types and the
# relations between them that CPython's have; the values name the implementation.
import copy
import sys

impl = sys.implementation
print(list(vars(impl)))
print(type(impl.name).__name__, impl.name == impl.name.lower(), impl.name.isidentifier())
print(impl.cache_tag.startswith(impl.name + '-'), impl.cache_tag.endswith('311'))
v = impl.version
print(type(v).__name__, len(v), v.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
packed = v.major << 24 | v.minor << 16 | v.micro << 8 | {'alpha': 0xa, 'beta': 0xb, 'candidate': 0xc, 'final': 0xf}[v.releaselevel] << 4 | v.serial
print(packed == impl.hexversion)
print(impl._multiarch.endswith('-linux-gnu'))
print(repr(impl).startswith('namespace(name=%r, cache_tag=%r, version=sys.version_info(major=' % (impl.name, impl.cache_tag)))
print(repr(impl).endswith('hexversion=%d, _multiarch=%r)' % (impl.hexversion, impl._multiarch)))
print(type(impl).__name__, type(impl).__module__)

impl.extra = 1
print(list(vars(impl))[-1], impl.extra)
del impl.extra
print('extra' in vars(impl))
for bad in (lambda: impl.missing, lambda: hash(impl)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
other = copy.copy(impl)
print(other == impl, other is impl, repr(other) == repr(impl))
