# sys.implementation is a types.SimpleNamespace (gopy's values differ from CPython's, so
# only its type and shape are printed).
import sys
import types

impl = sys.implementation
print(type(impl) is types.SimpleNamespace, isinstance(impl, types.SimpleNamespace))
print(type(impl).__name__, type(impl).__module__)
print(sorted(k for k in vars(impl) if not k.startswith('_')))
print(repr(impl).startswith("namespace(name="))
print(impl == types.SimpleNamespace(**vars(impl)))
