# \N{name} escapes, which look names up in unicodedata.
import re

print(re.match('\\N{EM DASH}', '\u2014'), re.findall('[\\N{LATIN SMALL LETTER A}-c]', 'abcd'))
for p in ['\\N{NOT A NAME}', '\\N{}', '\\N{EM DASH', '[\\N{X}]']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e, e.pos)
