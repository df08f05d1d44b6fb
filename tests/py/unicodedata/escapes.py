# \N{...} in str literals and in re patterns: names, aliases, case, what is not a character.
import re

print(ascii("\N{alert}\N{LATIN SMALL LETTER A}\N{cjk compatibility ideograph-f900}"
            "\N{HANGUL SYLLABLE GAG}\N{BYTE ORDER MARK}\N{nbsp}\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{FACE WITH OPEN EYES AND HAND OVER MOUTH}"))
for src in [r'"\N{TAMIL CONSONANT KSS}"', r'"\N{cjk unified ideograph-4e00}"',
            r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{SUPERSCRIPT ONE}"', r'"\N{BUBBLES}"',
            r'"\N{HANGUL SYLLABLE ga}"', r'"\N{}"', r'"\N"', r'"\N{LATIN SMALL LETTER A"',
            r'"x\N{' + "A" * 300 + '}"', r'b"\N{NUL}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as exc:
        print("SyntaxError", exc.msg)


def show(pattern, *args):
    try:
        p = re.compile(pattern)
    except re.error as exc:
        print(ascii(pattern), "error:", exc)
        return
    print(ascii(pattern), [ascii(p.findall(a)) for a in args])


show(r"\N{LATIN SMALL LETTER A}+", "aaab")
show(r"[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+", "xabcdcba")
show(r"\N{EM DASH}|\N{en dash}", "a\u2014b\u2013c")
show(r"\N{NUL}", "\x00")
show(r"(?i)\N{LATIN CAPITAL LETTER SHARP S}", "\u00df\u1e9e")
for bad in [r"\N{foo}", r"\N", r"\N{", r"\N{}", r"\N{a", r"[\N{foo}]", r"x[\N{x", r"[\N]",
            r"\N{TAMIL CONSONANT KSS}", r"\N{TANGUT IDEOGRAPH-17000}"]:
    show(bad)
try:
    re.compile(rb"\N{LATIN SMALL LETTER A}")
except re.error as exc:
    print("bytes:", exc)
