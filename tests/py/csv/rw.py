# csv: reading (quotes, escapes, embedded newlines, strict mode, QUOTE_NONNUMERIC, line
# numbers) and writing (every quoting style, escapes, doubled quotes, None, line
# terminators), DictReader and DictWriter, dialects and their registry, with CPython's
# errors.
import csv
import io


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


def read(text, **kw):
    r = csv.reader(io.StringIO(text, newline=''), **kw)
    try:
        out = list(r)
    except (csv.Error, ValueError) as e:
        return '%s: %s (line %d)' % (type(e).__name__, e, r.line_num)
    return out, r.line_num


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except (csv.Error, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)
    return s.getvalue()


for text, kw in [('a,b,c\r\n1,2,3\r\n', {}), ('a,"b,c",d\n', {}), ('"a""b",c\n', {}), ('"a\nb",c\n', {}), ('a, b,  c\n', {'skipinitialspace': True}),
                 ('a;b;c\n', {'delimiter': ';'}), ("'a;b';c\n", {'delimiter': ';', 'quotechar': "'"}), ('a\\,b,c\n', {'escapechar': '\\'}),
                 ('"a\\"b",c\n', {'escapechar': '\\', 'doublequote': False}), ('"a"b,c\n', {}), ('"a"b,c\n', {'strict': True}), ('"abc\n', {}),
                 ('"abc\n', {'strict': True}), ('a,b\r\n\r\nc,d\n', {}), ('1,2.5,"x",,-3e2\n', {'quoting': csv.QUOTE_NONNUMERIC}),
                 ('1,abc\n', {'quoting': csv.QUOTE_NONNUMERIC}), ('a,"b"\n', {'quoting': csv.QUOTE_NONE}), ('x' * 20 + '\n', {}),
                 ('\n', {}), ('', {}), ('a,\n', {}), (',,\n', {}), ('a\\\nb,c\n', {'escapechar': '\\'}), ('"a\\\nb",c\n', {'escapechar': '\\'})]:
    print(repr(text), kw, read(text, **kw))
print(list(csv.reader(['a,b', 'c,"d', 'e"'])), list(csv.reader('abc')), list(csv.reader(['a\r', 'b\n'])))
old = csv.field_size_limit(10)
print(old, read('x' * 20 + '\n'), csv.field_size_limit(old))
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print(e)
rows = [['a', 'b,c', 'd"e', 'f\ng', 'h\rj', None, 1.5, 2, True, ''], [], [''], [None], ['x y', ' lead', 'trail ']]
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'quoting': csv.QUOTE_NONE}, {'doublequote': False, 'escapechar': '\\'}, {'doublequote': False}, {'lineterminator': '\n', 'delimiter': '\t'},
           {'quotechar': "'", 'delimiter': ' '}, {'dialect': 'unix'}, {'dialect': 'excel-tab'}, {'escapechar': '\\'}]:
    print(kw, repr(write(rows, **kw)))
print(repr(write([5])), repr(write([[[1, 2], {3: 4}]])))
s = io.StringIO()
w = csv.writer(s)
w.writerows([[1, 2], (3, 4), range(2)])
print(repr(s.getvalue()), w.dialect.delimiter)
for e in ["csv.reader([], delimiter='ab')", "csv.reader([], delimiter=1)", "csv.reader([], delimiter=None)", "csv.reader([], quotechar=1)", "csv.reader([], quotechar='ab')",
          "csv.reader([], escapechar=1)", "csv.reader([], quoting=9)", "csv.reader([], quoting='x')", "csv.reader([], lineterminator=1)",
          "csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL)", "csv.reader([], quotechar=None).dialect.quoting", "csv.reader([], lineterminator=None)",
          "csv.reader([], foo=1)", "csv.reader()", "csv.reader(1)", "csv.writer(1)", "csv.writer(io.StringIO(), 'nope')", "csv.get_dialect('nope')",
          "csv.list_dialects()", "csv.field_size_limit(1.5)", "csv.unregister_dialect('nope')", "csv.register_dialect(1)", "csv.Dialect()",
          "[(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, d.strict) for d in map(csv.get_dialect, csv.list_dialects())]",
          "csv.reader([], 'excel', delimiter=';').dialect.delimiter", "csv.reader([], csv.excel_tab).dialect.delimiter", "type(csv.reader([])).__name__",
          "type(csv.writer(io.StringIO())).__name__", "csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE", "csv.__version__",
          "issubclass(csv.Error, Exception)", "csv.excel().delimiter", "__import__('pickle').dumps(csv.get_dialect('excel'))"]:
    show(e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
csv.register_dialect('pipe', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), repr(write([['a;b', 'c']], dialect='semi')), repr(write([['a', 'b']], dialect='pipe')))
csv.unregister_dialect('pipe')
print(csv.list_dialects())


class Bad(csv.Dialect):
    delimiter = ','


try:
    Bad()
except csv.Error as e:
    print('Bad:', e)
r = csv.DictReader(io.StringIO('name,age\r\nann,30\r\n\r\nbob,25,extra,more\r\ncid\r\n'), restval='?', restkey='rest')
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(['1,2', '3,4'], fieldnames=['a', 'b'])
print(list(r))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, ['x', 'y'], restval='-')
dw.writeheader()
dw.writerow({'x': 1})
dw.writerows([{'y': 2}, {'x': 3, 'y': 4}])
print(repr(s.getvalue()))
try:
    dw.writerow({'z': 1, 'w': 2})
except ValueError as e:
    print(e)
print(repr(csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})))
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='drop')
except ValueError as e:
    print(e)
