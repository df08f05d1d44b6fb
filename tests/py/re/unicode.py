# Unicode character classes and case folding, as CPython's sre defines them.
import re

text = 'Ünïcödé 123 ١٢٣ ²³ Ⅻ ½ 日本 _x \u00a0\u2003\u3000\x1c\x1f\x85 tab\there'
for p in [r'\w+', r'\W+', r'\d+', r'\D+', r'\s+', r'\S+', r'\b\w', r'\w\b', r'[\w]+', r'[^\W\d_]+']:
    print(p, re.findall(p, text))
    print(p, re.findall(p, text, re.A))
for c in 'aA_1٣²Ⅻ½ǅ\u0345\u00a0\u200b\x1c\t\u2028é':
    print(hex(ord(c)), bool(re.match(r'\w', c)), bool(re.match(r'\d', c)), bool(re.match(r'\s', c)))

pairs = ['Kk\u212a', 'Ss\u017f', 'Ii\u0131\u0130', 'Σσς', 'Μμ\u00b5', 'ǄǅǆǇ', 'ΘθϑϴΘ', 'ΒβϐΒ',
         '\u1e9e\u00df', 'ﬅﬆ', '\u0345\u03b9\u1fbe\u0399', 'ÅåÅ', 'Ωω\u2126']
for chars in pairs:
    for a in chars:
        print(a, [b for b in chars if re.fullmatch(re.escape(a), b, re.I)],
              [b for b in chars if re.fullmatch('[' + a + ']', b, re.I)],
              [b for b in chars if re.fullmatch('[^' + a + ']', b, re.I)])
print(re.findall(r'(?i)[a-z]+', 'ÀBCdéf\u212aı'), re.findall(r'(?i)[à-ÿ]+', 'ÀÉÎõ'))
print(re.findall('(?i)\U00010400', '\U00010428\U00010400'), re.findall('(?i)[\U00010400-\U0001040f]', '\U00010428'))
print(re.match(r'(?i)(\w)\1', 'sſ'), re.match(r'(?i)(\w)\1', 'kK'), re.match(r'(\w)\1', 'kK', re.I | re.A))
print(re.sub('(?i)é', 'E', 'éÉe'), re.subn(r'\s', '_', '\u2000\u2001x'))
