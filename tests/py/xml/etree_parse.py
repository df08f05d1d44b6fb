# ElementTree's parsers: fromstring/XML/parse, entities, errors with CPython's messages,
# codes and positions, iterparse and XMLPullParser events, targets, XMLID.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!-- leading comment -->
<catalog xmlns="http://example.com/cat" xmlns:x="http://example.com/x">
  <book id="b1" x:lang="en">
    <title>Go &amp; Python</title>
    <price cur="EUR">12.50</price>
  </book>
  <book id="b2"><title><![CDATA[<raw> & text]]></title><x:note>n&#233;&#x41;</x:note></book>
  <?proc instr?>
</catalog>
"""
root = ET.fromstring(doc)
for e in root.iter():
    print(repr(e.tag), e.attrib, repr(e.text), repr(e.tail))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(ET.XML("<a>\r\nx\ry</a>")))
print(ET.fromstring("<a x='a\nb\tc&#10;d'/>").attrib)
print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
print(ET.fromstring("\ufeff<a>bom</a>").text)
print(ET.fromstring("<a>\u00e9\U0001F600</a>".encode("utf-16")).text)
print(ET.fromstring("<!DOCTYPE a [<!ENTITY e 'v&amp;w'><!ATTLIST a d CDATA 'dv'>]><a>&e;</a>").text,
      ET.fromstring("<!DOCTYPE a [<!ATTLIST a d CDATA 'dv'>]><a/>").attrib)
print(ET.fromstringlist(["<a>", "b", "</a>"]).text)

p = ET.XMLParser()
p.entity["ent"] = "VALUE"
p.feed("<!DOCTYPE a SYSTEM 'x.dtd'><a>&ent;</a>")
print(p.close().text, p.version)

tree, ids = ET.XMLID("<r><a id='one'/><b id='two'><c id='three'/></b><d/></r>")
print(tree.tag, sorted((k, v.tag) for k, v in ids.items()))

bad = ["<a></b>", "<a>", "", "<a/><b/>", "<root>\n  <a>x</b>\n</root>", "<a x='1' x='2'/>",
       "<a>&foo;</a>", "<a <b>", "<a>x</a>junk", "<a>&#0;</a>", "<a b=c/>",
       "  <?xml version='1.0'?><a/>", "<a>]]></a>", "<a>\x01</a>", "<a x='<'/>",
       "<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;&f;</a>", "<!DOCTYPE a SYSTEM 'x.dtd'><a>&e;</a>",
       "<!DOCTYPE a [<!ENTITY e SYSTEM 'f'>]><a>&e;</a>",
       "<a", "<a>\n<!-- x -- y --></a>", "<p:a/>", "<a xmlns:p=''/>", "abc", "<a><![CDATA[x</a>",
       "<?xml versio='1.0'?><a/>", "<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", b"<a>\xe9</a>",
       "<a>&#xD800;</a>", "<a>\n\n   <b>\n</c></a>"]
for text in bad:
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print(repr(text), "->", e, e.code, e.position, isinstance(e, SyntaxError))

events = ("start", "end", "start-ns", "end-ns", "comment", "pi")
src = io.BytesIO(doc.encode())
for event, item in ET.iterparse(src, events):
    if event in ("start", "end", "comment", "pi"):
        print(event, item.tag if isinstance(item.tag, str) else item.tag.__name__, repr(item.text))
    else:
        print(event, item)
it = ET.iterparse(io.StringIO("<a><b/>t</a>") if False else io.BytesIO(b"<a><b/>t</a>"))
print(it.root)
print([(ev, el.tag) for ev, el in it], it.root.tag)
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<a><b></a>")):
        print(ev, el.tag)
except ET.ParseError as e:
    print("iterparse:", e)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), events=("bogus",))
except ValueError as e:
    print(e)

pull = ET.XMLPullParser(events=("start", "end"))
for piece in ["<ro", "ot><chi", "ld a='1'>te", "xt</child>", "</root>"]:
    pull.feed(piece)
    print(repr(piece), [(ev, el.tag, el.attrib) for ev, el in pull.read_events()])
pull.close()
pull = ET.XMLPullParser()
pull.feed("<a></b>")
try:
    list(pull.read_events())
except ET.ParseError as e:
    print("pull:", e)

class Target:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def data(self, d): print("data", repr(d))
    def comment(self, t): print("comment", t)
    def pi(self, t, d): print("pi", t, d)
    def start_ns(self, p, u): print("start_ns", repr(p), u)
    def end_ns(self, p): print("end_ns", repr(p))
    def doctype(self, *a): print("doctype", a)
    def close(self): return "closed"

parser = ET.XMLParser(target=Target())
parser.feed('<!DOCTYPE a PUBLIC "pub" "sys"><a xmlns="u" x="1">x&amp;y\nz<!--c--><?p d?></a>')
print(parser.close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed("<a>x<!--c-->y<?pi z?>w</a>")
r = parser.close()
print(ET.tostring(r), [c.tag.__name__ for c in r], [c.tail for c in r])
tb = ET.TreeBuilder()
tb.start("a", {})
tb.start("b", {})
print(tb.end("c").tag, tb.close().tag, ET.TreeBuilder().close())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.xml")
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "rb") as f:
        print(f.read()[:60])
    t = ET.parse(path)
    print(t.getroot().tag, len(t.getroot()))
    print([(ev, el.tag) for ev, el in ET.iterparse(path)][:3])
