import textwrap

text = ("The quick brown fox jumped over the lazy dog. Hello there!  Mr. Smith went "
        "to Washington-on-the-Brazos, a well-known place -- and then--at last--home. "
        "Supercalifragilisticexpialidocious-and-antidisestablishmentarianism words.")
for width in (1, 2, 5, 10, 13, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("Hi there. \"Yes!\" she said.  OK? 'no.' x", 80, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd\re\x0bf\x0cg", 40))
print(textwrap.wrap("a\tb\tc\nd", 40, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd", 40, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tbb\tc", 40, tabsize=4))
print(textwrap.wrap("a\u00a0b c\u2003d", 3))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("--- -a- a-b ab-cd abc-de ab--cd x--y a-b-c-d-e --x ab- -ab", 4))
print(textwrap.wrap("e-mail under-the-hood t-shirt A-1 1-2 über-straße", 6))
print(textwrap.wrap("aaaa----bbbb cccccc-------", 6))
print(textwrap.wrap("http://example.com/some-path/with-hyphens?q=a-b", 15))
for n in range(1, 6):
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello world", 11, max_lines=1))
print(textwrap.wrap("Hello world foo", 11, max_lines=1))
print(textwrap.wrap("Hello  ", 5, max_lines=1, drop_whitespace=False))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb cccc", 10, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb cccc", 10, max_lines=2, placeholder="  ..."))
print(textwrap.wrap("a b c d e f g h", 3, max_lines=3, placeholder=" ~"))
print(textwrap.wrap("abcdefghijklmnop", 5, max_lines=2, placeholder="!"))
for kwargs in ({"width": 0}, {"width": -1}, {"width": 5, "max_lines": 1, "placeholder": " [......]"},
               {"width": 8, "max_lines": 2, "subsequent_indent": "    ", "placeholder": " [...]"},
               {"width": 4, "initial_indent": "12345"}):
    try:
        print(kwargs, textwrap.wrap("some words here", **kwargs))
    except ValueError as e:
        print(kwargs, "ValueError", e)
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print("ValueError", e)

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
print(repr(textwrap.shorten("  a  \n b\tc  ", width=80)))
print(repr(textwrap.shorten("", width=5)))
print(repr(textwrap.shorten("Supercalifragilistic", width=10)))
try:
    textwrap.shorten("Hello", width=3)
except ValueError as e:
    print("ValueError", e)

w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text)[:4])
w.width = 25
w.break_on_hyphens = False
print(w.fill(text))
print(w.width, w.initial_indent, w.tabsize, w.max_lines, repr(w.placeholder), w.expand_tabs,
      w.replace_whitespace, w.fix_sentence_endings, w.break_long_words, w.drop_whitespace)
print(textwrap.TextWrapper()._split("look, a well-known fact--really"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("look, a well-known  fact"))
print(textwrap.TextWrapper()._munge_whitespace("a\tb\nc"))
print(sorted(textwrap.__all__))


class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=10).wrap("make this loud please"))
try:
    textwrap.TextWrapper(10, "", "", True, True, False, True, True, True, 8, 3)
except TypeError as e:
    print("TypeError", e)
try:
    textwrap.wrap(None)
except AttributeError as e:
    print("AttributeError", e)
