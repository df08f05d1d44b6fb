# configparser's API: get and its converters, fallback, vars, raw, set/remove/has_*,
# items, the mapping protocol and SectionProxy, defaults, dict_type, converters, write.
import configparser
import io
import os
import sys
import tempfile
from collections import OrderedDict

cp = configparser.ConfigParser(defaults={'Home': '/home', 'n': 3})
print(cp.defaults())
cp.read_dict({'main': {'Port': 8080, 'ratio': '1.5', 'debug': 'on', 'path': '%(home)s/x',
                       'pct': '100%%', 'none': None if False else 'x'},
              'other': {'flag': 'no'}})
print(cp.sections(), len(cp), list(cp))
print(cp.get('main', 'path'), cp.get('main', 'path', raw=True), cp.get('main', 'PCT'))
print(cp.getint('main', 'port'), cp.getfloat('main', 'ratio'), cp.getboolean('main', 'debug'))
print(cp.getboolean('other', 'flag'), cp.getint('main', 'n'))
print(cp.get('main', 'missing', fallback=None), cp.getint('nosect', 'x', fallback=7))
print(cp.get('main', 'path', vars={'HOME': '/root'}))
print(cp.get('main', 'extra', vars={'extra': 5}))
for call in [lambda: cp.get('nosect', 'a'), lambda: cp.get('main', 'zzz'),
             lambda: cp.getint('main', 'ratio'), lambda: cp.getboolean('main', 'ratio'),
             lambda: cp.getint('main', 'zzz', fallback='fb'),
             lambda: cp.options('nosect'), lambda: cp.add_section('main'),
             lambda: cp.add_section('DEFAULT'), lambda: cp.add_section(3),
             lambda: cp.set('main', 'x', 3), lambda: cp.set('main', 4, 'x'),
             lambda: cp.set('nosect', 'a', 'b'), lambda: cp.set('main', 'bad', '%x'),
             lambda: cp.set('main', 'bad', 'a%(x)s%'), lambda: cp.remove_option('nosect', 'a'),
             lambda: cp['nosect'], lambda: cp['main']['zzz'], lambda: cp.__delitem__('DEFAULT'),
             lambda: cp.__delitem__('nosect'), lambda: cp['main'].__setitem__('k', 1),
             lambda: configparser.ConfigParser(interpolation=3),
             lambda: cp.items('nosect')]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, e.args, str(e))
print(cp.has_section('main'), cp.has_section('DEFAULT'), cp.has_option('main', 'HOME'),
      cp.has_option(None, 'home'), cp.has_option('', 'port'), cp.has_option('zz', 'a'))
print(cp.items('main'))
print(cp.items('main', raw=True))
print(cp.items('main', vars={'Home': '/v'}))
print(cp.items('DEFAULT'))
print(sorted(k for k, v in cp.items()))
print([repr(v) for k, v in cp.items()])
print(cp.options('main'))
cp.set('main', 'new', 'value')
cp.set('DEFAULT', 'dflt', 'd')
cp.set('', 'dflt2', 'd2')
print(cp.remove_option('main', 'new'), cp.remove_option('main', 'new'))
print(cp.remove_section('other'), cp.remove_section('other'))
print(cp.sections())

# the mapping protocol
sec = cp['main']
print(sec, repr(sec), sec.name, sec.parser is cp, len(sec), list(sec))
print(sec['port'], sec.get('port'), sec.get('nope'), sec.get('nope', 'fb'))
print(sec.getint('port'), sec.getfloat('ratio'), sec.getboolean('debug'), sec.getint('nope'))
print(sec.getint('nope', 5), sec.get('path', raw=True), 'port' in sec, 'nope' in sec, 'home' in sec)
sec['added'] = 'yes'
del sec['added']
try:
    del sec['home']
except KeyError as e:
    print('KeyError', e)
print(dict(cp['DEFAULT']))
cp['fresh'] = {'a': 1, 'B': 2}
print(cp.items('fresh', raw=True))
cp['fresh'] = {'c': 3}
print(cp.items('fresh', raw=True))
cp['fresh'] = cp['fresh']
cp['DEFAULT'] = {'only': 'this'}
print(cp.defaults())
print(cp.pop('fresh'), 'fresh' in cp, 'DEFAULT' in cp, 3 in cp)
print(cp.popitem())
try:
    cp.popitem()
except KeyError as e:
    print('KeyError', e.args)
cp.update({'u1': {'a': 'b'}, 'u2': {}})
print(cp.sections(), cp.setdefault('u1') is cp['u1'])
cp.clear()
print(cp.sections(), dict(cp['DEFAULT']))
print(cp == cp, cp['DEFAULT'] == {'only': 'this'})

# converters
cp = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
cp.read_string("[s]\nnames = a,b,c\nn = 4\n")
print(cp.getlist('s', 'names'), cp['s'].getlist('names'), cp['s'].getlist('none', 'fb'))
print(sorted(cp.converters), cp.converters['list'] is not None, cp.converters['int'])
print(type(cp.getlist).__name__, cp.getlist.converter is cp.converters['list'])
cp.converters['upper'] = str.upper
print(cp.getupper('s', 'names'), cp['s'].getupper('names'), len(cp.converters))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['s'], 'getupper'))
for bad in ['', 3]:
    try:
        cp.converters[bad] = int
    except ValueError as e:
        print('ValueError', e)
    try:
        del cp.converters[bad]
    except KeyError as e:
        print('KeyError', e)


class Parser(configparser.ConfigParser):
    def getdecimal(self, section, option, **kw):
        return self._get_conv(section, option, lambda v: int(v) * 10, **kw)


p = Parser()
p.read_string("[a]\nv=4\n")
print(sorted(p.converters), p['a'].getdecimal('v'))

# optionxform and dict_type
cp = configparser.RawConfigParser(dict_type=OrderedDict)
cp.optionxform = str
cp.read_string("[S]\nKey = 1\nkey = 2\n")
print(type(cp._sections).__name__, cp.items('S'))
cp = configparser.RawConfigParser(defaults={'Raw': 5, 'n': None})
print(cp.defaults(), cp.get('DEFAULT', 'raw'))

# write
cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string("[DEFAULT]\nd = 1\n[a]\nmulti = x\n  y\n\n  z\nflag\nempty =\n[b]\n")
cp.set('b', 'pct', '50%%')
out = io.StringIO()
cp.write(out)
print(repr(out.getvalue()))
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(repr(out.getvalue()))
cp = configparser.RawConfigParser(delimiters=(':', '='))
cp['s'] = {'k': 'v'}
out = io.StringIO()
cp.write(out)
cp.write(out, False)
print(repr(out.getvalue()))
cp = configparser.RawConfigParser()
cp.add_section('n')
cp.set('n', 'num', 5)
cp.set('n', 'none', None)
out = io.StringIO()
cp.write(out)
print(repr(out.getvalue()))

# files: read with several names, missing ones skipped, encoding, read_file
d = tempfile.mkdtemp()
try:
    a = os.path.join(d, 'a.ini')
    b = os.path.join(d, 'b.ini')
    with open(a, 'w', encoding='utf-8') as f:
        f.write('[s]\nx = é\n')
    with open(b, 'wb') as f:
        f.write('[t]\ny = \xe9\n'.encode('latin-1'))
    cp = configparser.ConfigParser()
    got = cp.read([a, os.path.join(d, 'missing.ini'), b], encoding='latin-1')
    print([os.path.basename(g) for g in got], cp.get('s', 'x'), cp.get('t', 'y'))
    import pathlib
    cp = configparser.ConfigParser()
    got = cp.read(pathlib.Path(a), encoding='utf-8')
    print(type(got[0]).__name__, cp.get('s', 'x'))
    print(cp.read(os.path.join(d, 'none.ini')))
    with open(a, encoding='utf-8') as f:
        cp = configparser.ConfigParser()
        cp.read_file(f)
        print(cp.get('s', 'x'))
    try:
        with open(b, encoding='utf-8') as f:
            configparser.ConfigParser().read_file(f)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError')
    with open(a, 'w', encoding='utf-8') as f:
        f.write('oops\n')
    try:
        with open(a, encoding='utf-8') as f:
            configparser.ConfigParser().read_file(f)
    except configparser.MissingSectionHeaderError as e:
        print(os.path.basename(e.source), e.lineno, e.line)
    cp = configparser.ConfigParser()
    cp.read_file(["[l]", "a = 1", "  cont"], source='lines')
    print(cp.items('l'))
    cp.read_file(iter(["[m]\n", "b = 2\n"]))
    print(cp.items('m'))
finally:
    import shutil
    shutil.rmtree(d)

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    sp = configparser.SafeConfigParser()
    cp.readfp(io.StringIO("[r]\nq=1\n"))
    for x in w:
        print(x.category.__name__, x.message, os.path.basename(x.filename), x.lineno)
print(isinstance(sp, configparser.ConfigParser), configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(configparser.__all__))
print(issubclass(configparser.ParsingError, configparser.Error), issubclass(configparser.Error, Exception))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
print(issubclass(configparser.InterpolationSyntaxError, configparser.InterpolationError))
print(configparser.RawConfigParser.BOOLEAN_STATES)
print(configparser.RawConfigParser.SECTCRE.pattern == configparser.ConfigParser.SECTCRE.pattern)
e = configparser.Error('msg')
print(e.message, e.args, repr(e), str(e))
print(repr(configparser.Error()))
raise configparser.NoOptionError('opt', 'sect')
