# Identifiers as CPython 3.11's tokenizer reads them: XID_Start/XID_Continue of its Unicode
# database, NFKC normalization, its errors for other characters; a keyword right after a
# number gives the SyntaxWarning 'invalid decimal literal' (a SyntaxError under 'error').
ϑ = 1
℘ = 2
℮ = 3
ﬁle = 4
print(ϑ, ℘, ℮, file)
print(globals().get('ﬁle'), 'file' in globals())
ᢅ = 5; ᢆ = 6; ℘x = 7
print(ᢅ, ᢆ)
x· = 8
print(x·)
Ⅸ = 9
print(Ⅸ, 'IX' in globals())
def ﬀ(ﬃ=1): return ﬃ
print(ﬀ(ffi=3), ff.__name__)
import ast
print(ast.dump(ast.parse('ﬁ = ℌ')))
print('ϑ'.isidentifier(), '℘'.isidentifier(), '℮'.isidentifier(), '·x'.isidentifier(), 'x·'.isidentifier())
class C: pass
c = C(); setattr(c, 'ﬁ', 1); print(hasattr(c, 'fi'))
exec('ﬁ = 5'); print(fi)
for src in ['a€ = 1', '·x = 1', '\U00011f04 = 1', 'x\U00011f04 = 1', '\u1885 = 1', '\u2118 = 1', 'a\u00b7 = 1', '\u0e33 = 1', 'x\u0e33 = 1', '\U0001e030 = 1', 'ℌ\u0300 = 1', '\u309b = 1', '\u212e = 1', '1\u00b2 = 3', 'x = 1\u00b2', '\u00b2 = 1', '\u2160x = 2', 'a\u200c = 1', '\u05d0\u05b7 = 1']:
    try:
        ns = {}
        exec(src, ns)
        print(repr(src), 'ok', sorted(k for k in ns if k != '__builtins__'))
    except SyntaxError as e:
        print(repr(src), 'SE', e.msg, e.offset, e.end_offset)
import warnings
for src in ['x = 1if 1 else 2', 'x = 0x1for', 'x = 1or 2', 'x = [1.5in x]', 'x = 0o7and 1', 'x = 1jnot in x', 'x = 1e5else 3']:
    for action in ('always', 'error'):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(action)
            try:
                compile(src, 'n.py', 'exec')
                print(repr(src), action, [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
            except SyntaxError as e:
                print(repr(src), action, 'SE', e.msg, e.lineno, e.offset, e.end_offset)
