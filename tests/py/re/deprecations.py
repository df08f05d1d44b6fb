# re.template() and the re.T flag are deprecated: their warnings come from the re module,
# hidden by default, shown when warnings are asked for.
import re, warnings
print(re.template('a'), re.compile('b', re.T))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.template('c')
    re.compile('d', re.T)
    re.compile('d', re.T)
print([(x.category.__name__, str(x.message)[:30]) for x in w])
warnings.simplefilter('error')
try:
    re.compile('e', re.T)
except DeprecationWarning as e:
    print('DeprecationWarning', e)
try:
    re.template('f')
except DeprecationWarning as e:
    print('DeprecationWarning', e)
