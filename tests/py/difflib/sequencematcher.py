# SequenceMatcher: matching blocks, opcodes, ratios, junk and the autojunk heuristic.
import difflib
from difflib import SequenceMatcher, Match

cases = [
    ("", ""), ("abc", ""), ("", "abc"), ("abcd", "bcde"), ("qabxcd", "abycdf"),
    ("private Thread currentThread;", "private volatile Thread currentThread;"),
    ("abxcd", "abcd"), ("aaaa", "aa"), ("ab" * 10, "ba" * 10), ("abcabba", "cbabac"),
    ([1, 2, 3, 4], [2, 3, 5, 4]), (tuple("hello world"), tuple("yellow word")),
]
for a, b in cases:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b))
    print(" blocks", s.get_matching_blocks())
    print(" opcodes", s.get_opcodes())
    print(" ratios", round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
    print(" longest", s.find_longest_match(0, len(a), 0, len(b)), s.find_longest_match())

# junk
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), sorted(s.bjunk))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x in "x", "axxbxxc", "xxaxbxcxx")
print(s.get_matching_blocks(), s.get_opcodes())

# autojunk: long b with popular elements
a = "x" * 100 + "abc" + "y" * 50
b = "y" * 150 + "abc" + "x" * 120
for auto in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=auto)
    print(auto, sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
words = ("the cat sat on the mat and the dog lay on the rug " * 30).split()
words2 = ("the cat sat on a mat and a dog lay by the rug " * 30).split()
for auto in (True, False):
    s = SequenceMatcher(None, words, words2, autojunk=auto)
    print(auto, len(words2), sorted(s.bpopular), len(s.get_matching_blocks()),
          round(s.ratio(), 6), s.get_opcodes()[:6])
lines1 = ["line %d\n" % (i % 7) for i in range(250)]
lines2 = ["line %d\n" % (i % 5) for i in range(240)]
s = SequenceMatcher(None, lines1, lines2)
print(sorted(s.bpopular), s.get_opcodes()[:5], round(s.ratio(), 6))

# grouped opcodes
a = [str(i) for i in range(40)]
b = a[:]
b[5] = "five"; del b[20]; b.insert(30, "new")
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(s.get_grouped_opcodes(n)))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))

# set_seq1 / set_seq2 reuse
s = SequenceMatcher()
s.set_seq2("abcdefg")
for w in ("abc", "gfedcba", "abcdefg", "xyz"):
    s.set_seq1(w)
    print(w, round(s.ratio(), 4), s.get_opcodes())
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, Match._fields)
print(SequenceMatcher[int])

# get_close_matches
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "abd", "b", "a"], n=10, cutoff=0))
for bad in ({"n": 0}, {"cutoff": 1.5}, {"cutoff": -0.1}):
    try:
        difflib.get_close_matches("x", ["x"], **bad)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
