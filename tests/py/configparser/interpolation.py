# configparser's interpolations: BasicInterpolation, ExtendedInterpolation,
# LegacyInterpolation and none, with CPython's errors and messages.
import configparser
import warnings

text = """
[DEFAULT]
home = /home/%(user)s
user = bob
[paths]
data = %(home)s/data
cache = %(data)s/cache
pct = 100%%
loop1 = %(loop2)s
loop2 = %(loop1)s
bad1 = %(missing)s
bad2 = 50%
bad3 = %(unterminated
Upper = %(USER)s
"""
cp = configparser.ConfigParser()
cp.read_string(text)
for opt in ['data', 'cache', 'pct', 'loop1', 'bad1', 'bad2', 'bad3', 'upper']:
    try:
        print(opt, repr(cp.get('paths', opt)))
    except configparser.Error as e:
        print(opt, type(e).__name__, e.args)
        print('  ', e)
print(cp.get('paths', 'data', vars={'user': 'ann'}))
try:
    cp.items('paths')
except configparser.Error as e:
    print(type(e).__name__, e)
print(cp['paths'].get('cache'))

raw = configparser.ConfigParser(interpolation=None)
raw.read_string(text)
print(raw.get('paths', 'cache'), raw.get('paths', 'bad2'))
raw.set('paths', 'free', '%x%')
print(raw.items('paths')[:3])
raw = configparser.RawConfigParser()
raw.read_string(text)
print(raw.get('paths', 'pct'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
root = /usr
lib = ${root}/lib
[app]
path = ${common:lib}/app
price = $$5
home = ${HX}
hx = /h
self = ${common:root}${common:lib}
bad = ${nosect:x}
bad2 = ${common:none}
bad3 = ${a:b:c}
bad4 = $x
bad5 = ${open
deep1 = ${deep2}
deep2 = ${deep1}
""")
for opt in ['path', 'price', 'home', 'self', 'bad', 'bad2', 'bad3', 'bad4', 'bad5', 'deep1']:
    try:
        print(opt, repr(ext.get('app', opt)))
    except configparser.Error as e:
        print(opt, type(e).__name__, e.args)
for v in ['${ok}', '$$', '$x', 'a$']:
    try:
        ext.set('app', 'v', v)
        print('set', v)
    except ValueError as e:
        print(e)
for v in ['%(ok)s', '%%', '%x', 'a%', '%(a)s%(b']:
    try:
        cp.set('paths', 'v', v)
        print('set', v)
    except ValueError as e:
        print(e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    leg = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
    print(w[0].category.__name__, w[0].message)
leg.read_string("[s]\na = %(b)s!\nb = %(C)s\nc = deep\nbad = %(nope)s\nx = 5%%\n")
print(leg.get('s', 'a'), leg.get('s', 'x'))
try:
    leg.get('s', 'bad')
except configparser.Error as e:
    print(type(e).__name__, e.args)


class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return '<' + value + '>'


c = configparser.ConfigParser(interpolation=Upper())
c.read_string("[s]\na = b\n")
print(c.get('s', 'a'), c['s']['a'])
import io
out = io.StringIO()
c.write(out)
print(repr(out.getvalue()))
print(configparser.InterpolationDepthError('o', 's', 'raw'))
print(configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref').reference)
print(configparser.DuplicateSectionError('s', 'src', 7), configparser.DuplicateSectionError('s', 'src'))
print(configparser.DuplicateOptionError('s', 'o', 'src', 12).args)
print(configparser.DuplicateOptionError('s', 'o'))
