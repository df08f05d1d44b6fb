# Replacement templates of sub, subn and Match.expand: group references, escapes, errors.
import re

p = re.compile(r'(?P<first>\w+) (?P<second>\w+)(?P<opt>!)?')
s = 'hello world'
for t in [r'\2 \1', r'\g<second> \g<first>', r'\g<2>\g<1>', r'\g<0>', r'[\3]', r'[\g<opt>]',
          r'\n\t\\', r'\.\-\%', r'\0', r'\07', r'\101\1', r'\10', r'x\g<1>0', r'\a\b\f\v\r',
          '\\g<01>', r'\g< 1 >', r'\1\1\1']:
    try:
        print(repr(t), repr(p.sub(t, s)), repr(p.match(s).expand(t)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
bp = re.compile(rb'(?P<a>\w)(\w)')
print(bp.sub(rb'\2\1\g<a>\n', b'ab cd'), bp.match(b'xy').expand(rb'<\g<a>>'))
print(bp.sub(b'\\-', b'ab'), bp.sub(bytearray(b'#'), b'ab cd'), bp.sub(memoryview(b'@'), b'ab'))
print(re.sub(b'b', b'\\0', bytearray(b'abc')), re.match(b'(a)', bytearray(b'ab')).expand(b'\\1!'))
print(re.sub('a', 'b', 'aaa', count=2), re.subn('(a)', r'<\1>', 'banana', 2))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
calls = []
def repl(m):
    calls.append((m.group(), m.span(), m.pos, m.endpos))
    return '[%s]' % m.group()
print(re.sub(r'\w', repl, 'ab c'), calls)
class Str(str):
    pass
print(repr(re.sub('a', Str('x'), 'aba')), type(re.sub('a', Str('x'), 'aba')).__name__)
print(repr(re.sub('a', 'x', Str('aba'))), type(re.sub('z', 'x', Str('aba'))).__name__)
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(?P<n>a)?b', r'\g<n>', 'b ab'))
for bad in [r'\2', r'\g<x>', r'\g<1', r'\g', '\\', r'\q', r'\g<-1>', r'\g<a b>', r'\g<1x>',
            r'\400', r'\g<>', r'\g<4294967296>', r'\g<99999999999999999999>']:
    try:
        print(repr(bad), repr(re.sub('(a)', bad, 'a')))
    except re.error as e:
        print(repr(bad), 'error', e, e.pos, repr(e.pattern))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
