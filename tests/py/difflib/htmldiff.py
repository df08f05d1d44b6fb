# difflib.HtmlDiff and _mdiff: tables and pages byte for byte as CPython's, over random
# edits (inserted, deleted, changed lines; tabs, markup characters, non-ASCII, long lines)
# with every option: tab size, wrap column, context and its line count, headers, charset.
import difflib
import hashlib
import random

random.seed(7)
words = ['alpha', 'beta', 'gamma\tdelta', 'x < y & z > w', '', '  indented', 'café', 'long ' * 12]


def variant(lines):
    out = []
    for line in lines:
        r = random.random()
        if r < 0.15:
            continue
        if r < 0.3:
            out.append(line.replace('a', 'A', 1) + '\n')
            continue
        if r < 0.4:
            out.append(random.choice(words) + '\n')
        out.append(line)
    return out


base = [random.choice(words) + ' %d\n' % i for i in range(40)]
for trial in range(60):
    a, b = variant(base), variant(base)
    d = difflib.HtmlDiff(tabsize=random.choice([4, 8]), wrapcolumn=random.choice([None, 20, 33]))
    context = random.random() < 0.5
    table = d.make_table(a, b, 'from', 'to' if trial % 3 else '', context=context,
                         numlines=random.choice([0, 1, 2, 5]))
    if trial < 2:
        print(table)
    else:
        print(len(table), hashlib.md5(table.encode()).hexdigest())

for row in difflib._mdiff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n', 'd\n'], 1):
    print(row)
for row in difflib._mdiff(['one\n', 'two\n', 'three\n', 'four\n'], ['zero\n', 'one\n', 'four\n']):
    print(row)
print(difflib.HtmlDiff().make_file([], [], context=True))
print(difflib.HtmlDiff().make_table([], []))
print(difflib.HtmlDiff().make_file(['ü\n', 'same\n'], ['€\n', 'same\n'], charset='ascii'))
print(difflib.HtmlDiff().make_table(['a\n'] * 3, ['a\n'] * 3, context=True))
print(difflib.HtmlDiff(wrapcolumn=5).make_table(['abcdefghijkl\n'], ['abcXefghijklmnop\n']))
print(difflib.HtmlDiff._default_prefix)
