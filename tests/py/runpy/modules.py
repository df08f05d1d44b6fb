import os
import pkgutil
import runpy
import sys
import sysconfig

here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, '_tree')
sys.path.insert(0, tree)

# runpy
ns = runpy.run_module('mod_a')
print(ns['value'], ns['__name__'], ns['__file__'] == os.path.join(tree, 'mod_a.py'), ns['__package__'])
ns = runpy.run_module('mod_a', run_name='__main__', init_globals={'extra': 1})
print(ns['extra'], ns['__name__'], 'mod_a' in sys.modules)
ns = runpy.run_module('pkg')
print(ns['result'], ns['__name__'], ns['__package__'])
ns = runpy.run_module('pkg.helper', init_globals={'injected': 5}, alter_sys=True)
print(ns['seen'], 'pkg.helper' in sys.modules)
for bad in ['nosuchmod', 'pkg.nosuch', '.rel', 'mod_a.py', 'pkg.__main__.x']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print('ImportError', e)
try:
    runpy.run_module('broken')
except ValueError as e:
    print('ValueError', e)
ns = runpy.run_path(os.path.join(tree, 'mod_a.py'))
print(ns['__name__'], ns['value'], ns['__file__'] == os.path.join(tree, 'mod_a.py'))
ns = runpy.run_path(os.path.join(tree, 'app'), run_name='__main__')
print(ns['answer'], ns['__name__'])
try:
    runpy.run_path(os.path.join(tree, 'pkg', 'sub'))
except ImportError as e:
    print('ImportError', str(e).replace(tree, 'TREE'))
try:
    runpy.run_path(os.path.join(tree, 'missing.py'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

# pkgutil
for info in pkgutil.iter_modules([tree]):
    print(type(info).__name__, info.name, info.ispkg, repr(info.module_finder).replace(tree, 'TREE'))
print([m.name for m in pkgutil.iter_modules([os.path.join(tree, 'pkg')], 'pkg.')])
print(sorted((m.name, m.ispkg) for m in pkgutil.walk_packages([tree], onerror=lambda n: print('error', n))))
print(pkgutil.get_data('pkg', 'data.txt'), pkgutil.get_data('pkg', 'sub/deep.txt'))
try:
    pkgutil.get_data('pkg', 'nothere.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    list(pkgutil.iter_modules(tree))
except ValueError as e:
    print('ValueError', e)
print(pkgutil.resolve_name('os.path:join') is os.path.join, pkgutil.resolve_name('os.path.join') is os.path.join)
try:
    pkgutil.resolve_name('1bad')
except ValueError as e:
    print('ValueError', e)
print(pkgutil.extend_path(['x'], 'pkg') == ['x', os.path.join(tree, 'pkg')])
print(pkgutil.get_importer(tree) is pkgutil.get_importer(tree), pkgutil.ModuleInfo._fields)

# sysconfig: the shape (paths depend on the installation)
prefix = sys.prefix
paths = sysconfig.get_paths()
print(list(paths))
print({k: v.replace(prefix, 'PREFIX') for k, v in paths.items()})
print({k: v.replace(prefix, 'PREFIX') for k, v in sysconfig.get_paths('posix_home').items()})
print(sysconfig.get_paths('posix_user', expand=False))
print(sysconfig.get_paths('posix_prefix', vars={'base': '/B', 'platbase': '/P', 'installed_base': '/I', 'installed_platbase': '/IP'}))
print(sysconfig.get_path('purelib', vars={'base': '/x'}), sysconfig.get_path_names())
print(sysconfig.get_scheme_names(), sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('user'))
print(sysconfig.get_platform(), sysconfig.get_python_version())
print(sysconfig.get_config_vars('py_version_short', 'py_version_nodot', 'abiflags', 'SOABI', 'EXT_SUFFIX', 'nothing'))
print(sysconfig.get_config_var('prefix') == os.path.normpath(sys.prefix), sysconfig.get_config_var('SIZEOF_VOID_P'))
print(sysconfig.get_config_h_filename().replace(prefix, 'PREFIX'), sysconfig.get_makefile_filename().replace(prefix, 'PREFIX'))
try:
    sysconfig.get_preferred_scheme('bad')
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
try:
    sysconfig.get_paths('nope')
except KeyError as e:
    print('KeyError', e)

# ImportError's keywords, which find_spec's errors carry
e = ImportError('a', 'b', name='n', path='p')
print(e.args, e.name, e.path, e.msg, ModuleNotFoundError('m', name='q').msg)
try:
    ImportError('a', bogus=1)
except TypeError as e:
    print('TypeError', e)
