"""Access to Python's configuration information: installation paths by
scheme (get_paths, get_path), configuration variables (get_config_var(s)),
the platform and version. gopy's prefix is the directory above its binary
(sys.prefix); the variables describe a CPython 3.11 build on linux-x86_64,
which is what gopy stands in for.
"""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars',
    'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
    'get_platform', 'get_python_version', 'get_scheme_names', 'parse_config_h',
]

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')


def _scheme(stdlib, platstdlib, purelib, platlib, include, platinclude, scripts):
    paths = dict(stdlib=stdlib, platstdlib=platstdlib, purelib=purelib,
                 platlib=platlib, include=include, platinclude=platinclude,
                 scripts=scripts, data='{base}')
    if platinclude is None:
        del paths['platinclude']
    return paths


_PY = 'python{py_version_short}'
_posix = _scheme('{installed_base}/{platlibdir}/' + _PY, '{platbase}/{platlibdir}/' + _PY,
                 '{base}/lib/' + _PY + '/site-packages',
                 '{platbase}/{platlibdir}/' + _PY + '/site-packages',
                 '{installed_base}/include/' + _PY + '{abiflags}',
                 '{installed_platbase}/include/' + _PY + '{abiflags}', '{base}/bin')
_nt = _scheme('{installed_base}/Lib', '{base}/Lib', '{base}/Lib/site-packages',
              '{base}/Lib/site-packages', '{installed_base}/Include',
              '{installed_base}/Include', '{base}/Scripts')
_INSTALL_SCHEMES = {
    'posix_prefix': _posix,
    'posix_home': _scheme('{installed_base}/lib/python', '{base}/lib/python',
                          '{base}/lib/python', '{base}/lib/python',
                          '{installed_base}/include/python',
                          '{installed_base}/include/python', '{base}/bin'),
    'nt': _nt,
    'posix_venv': dict(_posix),
    'nt_venv': dict(_nt),
    'venv': dict(_posix),
    'nt_user': _scheme('{userbase}/Python{py_version_nodot_plat}',
                       '{userbase}/Python{py_version_nodot_plat}',
                       '{userbase}/Python{py_version_nodot_plat}/site-packages',
                       '{userbase}/Python{py_version_nodot_plat}/site-packages',
                       '{userbase}/Python{py_version_nodot_plat}/Include', None,
                       '{userbase}/Python{py_version_nodot_plat}/Scripts'),
    'posix_user': _scheme('{userbase}/{platlibdir}/' + _PY, '{userbase}/{platlibdir}/' + _PY,
                          '{userbase}/lib/' + _PY + '/site-packages',
                          '{userbase}/lib/' + _PY + '/site-packages',
                          '{userbase}/include/' + _PY, None, '{userbase}/bin'),
    'osx_framework_user': _scheme('{userbase}/lib/python', '{userbase}/lib/python',
                                  '{userbase}/lib/python/site-packages',
                                  '{userbase}/lib/python/site-packages',
                                  '{userbase}/include/' + _PY, None, '{userbase}/bin'),
}
for _name in ('nt_user', 'posix_user', 'osx_framework_user'):
    _INSTALL_SCHEMES[_name]['data'] = '{userbase}'
del _posix, _nt, _name

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]
_CONFIG_VARS = None


def _user_base():
    return os.path.expanduser(os.environ.get('PYTHONUSERBASE') or '~/.local')


def _subst_vars(template, local_vars):
    try:
        return template.format(**local_vars)
    except KeyError:
        try:
            return template.format(**os.environ)
        except KeyError as missing:
            raise AttributeError(f'{missing}') from None


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def get_path_names():
    """The names of the paths of a scheme."""
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The installation paths of scheme, expanded with the configuration
    variables (and vars) unless expand is false."""
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    values.update(vars or {})
    out = {}
    for key, template in templates.items():
        path = _subst_vars(template, values)
        out[key] = os.path.normpath(path) if os.name == 'posix' else path
    return out


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One installation path of scheme."""
    return get_paths(scheme, vars, expand)[name]


def _init_config_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base = os.path.normpath(sys.base_prefix)
    multiarch = 'x86_64-linux-gnu'
    soabi = 'cpython-%s-%s' % (_PY_VERSION_SHORT_NO_DOT, multiarch)
    libpl = os.path.join(prefix, 'lib', 'python' + _PY_VERSION_SHORT,
                         'config-%s-%s' % (_PY_VERSION_SHORT, multiarch))
    include = os.path.join(prefix, 'include', 'python' + _PY_VERSION_SHORT)
    return {
        'prefix': prefix, 'exec_prefix': exec_prefix,
        'py_version': _PY_VERSION, 'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT, 'py_version_nodot_plat': '',
        'installed_base': base, 'base': prefix,
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable)),
        'platlibdir': getattr(sys, 'platlibdir', 'lib'), 'abiflags': '',
        'userbase': _user_base(),
        'SOABI': soabi, 'EXT_SUFFIX': '.%s.so' % soabi, 'SHLIB_SUFFIX': '.so',
        'VERSION': _PY_VERSION_SHORT, 'MULTIARCH': multiarch, 'MACHDEP': sys.platform,
        'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'LIBDIR': os.path.join(prefix, 'lib'), 'BINDIR': os.path.join(prefix, 'bin'),
        'LIBPL': libpl, 'srcdir': libpl,
        'INCLUDEPY': include, 'CONFINCLUDEPY': include,
        'LDLIBRARY': 'libpython%s.so' % _PY_VERSION_SHORT, 'Py_ENABLE_SHARED': 1,
        'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4,
        'WITH_DOC_STRINGS': 1, 'Py_DEBUG': 0, 'CC': 'gcc',
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }


def get_config_vars(*args):
    """The configuration variables as a dictionary, or the values of the
    names given (None for unknown ones)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable (None when unknown)."""
    return get_config_vars().get(name)


def get_platform():
    """The platform tag of this build, as 'linux-x86_64'."""
    machine = os.uname().machine
    return 'linux-' + machine.replace('/', '_')


def get_python_version():
    return _PY_VERSION_SHORT


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def parse_config_h(fp, vars=None):
    """The #defines of a pyconfig.h file (fp) as a dictionary."""
    import re
    vars = {} if vars is None else vars
    define = re.compile(r"#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef = re.compile(r"/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in iter(fp.readline, ''):
        m = define.match(line)
        if m:
            name, value = m.group(1, 2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        m = undef.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars
