# ElementTree's XPath subset: find, findall, findtext, iterfind with predicates,
# wildcards and namespaces, and the SyntaxErrors of bad paths.
import xml.etree.ElementTree as ET

root = ET.fromstring("""<lib>
  <shelf n="1">
    <book id="a" lang="en"><title>Alpha</title><year>2001</year></book>
    <book id="b" lang="fr"><title>Beta</title><year>2002</year></book>
    <mag id="m"><title>Mag</title></mag>
  </shelf>
  <shelf n="2">
    <book id="c"><title>Gamma</title><year>2001</year><note>x<b>y</b>z</note></book>
  </shelf>
  <book id="d"><title>Delta</title></book>
</lib>""")

def ids(elems):
    return [e.get("id") or e.get("n") or e.tag for e in elems]

paths = ["book", "shelf/book", "*/book", ".//book", "./shelf/*", "shelf//title", ".//title/..",
         "shelf/book[@lang]", "shelf/book[@lang='fr']", "shelf/book[@lang!='fr']", ".//book[year]",
         ".//book[year='2001']", ".//book[year!='2001']", ".//book[title='Gamma']", "shelf/book[1]",
         "shelf/book[2]", "shelf/book[last()]", "shelf/book[last()-1]", ".//*[@id]", ".", "*",
         ".//note[.='xyz']", ".//note[.!='xyz']", "shelf[@n='2']/book/title", ".//book/", "shelf/",
         ".//book[@id='a']/..", "shelf/book/title/../year", ".//*[title]", "shelf[1]/book[1]", "nothing",
         ".//book[ @lang = 'en' ]", './/book[@lang="en"]', ".//title[.='Beta']/..", "..", "shelf/.."]
for p in paths:
    print(repr(p), ids(root.findall(p)), ids(root.iterfind(p)), getattr(root.find(p), "tag", None))
print(root.findtext("shelf/book/title"), repr(root.findtext("nope")), root.findtext("nope", "dflt"),
      repr(root.findtext(".//note")), repr(root.find("shelf/mag").findtext("nothing", default=0)))

ns = ET.fromstring("""<r xmlns="urn:d" xmlns:p="urn:p"><a><p:b k="1">B</p:b><c/></a><p:b k="2"/></r>""")
nsmap = {"d": "urn:d", "p": "urn:p"}
for p in ["{urn:d}a", "{urn:d}a/{urn:p}b", ".//{urn:p}b", "d:a/p:b", ".//p:b[@k='2']", "{*}a", ".//{*}b",
          "{urn:d}*", ".//{urn:p}*", "{}*", ".//{}c", "a", ".//{*}*"]:
    try:
        print(repr(p), [e.tag for e in ns.findall(p, nsmap)])
    except SyntaxError as e:
        print(repr(p), "SyntaxError", e)
print([e.tag for e in ns.findall("a/c", {"": "urn:d"})], [e.tag for e in ns.findall(".//b[@k]", {"": "urn:p"})])

for p in ["/book", "book[", "book[0]", "book[@]", "book[last(]", "book[last()+1]", "book[last()-0]", "book[foo()]",
          "x:y", "//", ".//[1]", "book[@a=]", "book[@id='a'", "book/@id", "book[1=1]", "@x", "book/=", "book[position()]"]:
    try:
        print(repr(p), ids(root.findall(p)))
    except SyntaxError as e:
        print(repr(p), type(e).__name__, e)
    except Exception as e:
        print(repr(p), type(e).__name__)
tree = ET.ElementTree(root)
print(ids(tree.findall(".//book")), ids(tree.iterfind("shelf")), tree.findtext("book/title"))
