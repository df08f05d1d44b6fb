# csv.Sniffer: the guessed delimiter, quote character, doubled quotes and initial spaces,
# and has_header, as CPython's heuristics give them.
import csv

samples = ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'a\tb\tc\n1\t2\t3\n', '"a","b","c"\n"1","2","3"\n', "'x';'y'\n'1';'2'\n",
           'name, age\nann, 30\nbob, 25\n', 'x:y:z\n1:2:3\n4:5:6\n', '"say ""hi""",b\n"x",y\n', 'one column\nsecond\nthird\n',
           'a|b|c\n1|2|3\n', '1 2 3\n4 5 6\n7 8 9\n', 'name,age,city\nann,30,paris\nbob,25,rome\n', 'a,b\n1,2\n', 'a,b,c\n']
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(s), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, d.lineterminator == '\r\n')
    except csv.Error as e:
        print(repr(s), 'Error', e)
    try:
        print('  header:', csv.Sniffer().has_header(s))
    except csv.Error as e:
        print('  header: Error', e)
print(csv.Sniffer().sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter, csv.Sniffer().preferred)
try:
    csv.Sniffer().sniff('abc\n', delimiters='!')
except csv.Error as e:
    print(e)
