# get_context() returns CPython's context classes: ForkContext, SpawnContext,
# ForkServerContext (all BaseContext subclasses), the default one a DefaultContext.
import multiprocessing as mp
import multiprocessing.context as mctx
for m in [None, 'fork', 'spawn', 'forkserver']:
    c = mp.get_context(m)
    print(m, type(c).__name__, type(c).__module__, isinstance(c, mctx.BaseContext), c.get_start_method(),
          c._name if m else '-')
print(type(mp.get_context('fork')) is mctx.ForkContext, type(mp.get_context('spawn')) is mctx.SpawnContext,
      type(mp.get_context('forkserver')) is mctx.ForkServerContext)
print(mp.get_context('spawn') is mp.get_context('spawn'), mctx.DefaultContext.__name__, mctx.BaseContext.__name__)
print(issubclass(mctx.ForkContext, mctx.BaseContext), issubclass(mctx.DefaultContext, mctx.BaseContext))
print(mctx.SpawnContext.Process.__name__, mp.get_context('spawn').Process.__name__, mp.get_context('fork').Process.__name__)
print(type(mp.context._default_context).__name__ if hasattr(mp.context, '_default_context') else 'n/a')
print(mp.get_context('spawn').Pipe is not None, mp.get_context('spawn').Queue is not None)
print(repr(mp.get_context('spawn'))[:45])
try:
    mp.get_context('nope')
except ValueError as e:
    print('ValueError', e)
