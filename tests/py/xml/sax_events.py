# xml.sax: the expat reader's events for ContentHandler (with and without namespaces),
# LexicalHandler, locators, SAXParseException, and saxutils (escaping, XMLGenerator).
import io
import os
import tempfile
import xml.sax
from xml.sax import handler, saxutils, xmlreader

DOC = """<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY e 'ent'>]>
<root xmlns:p="urn:p" a="1" p:b="2">
  text &amp; &e; <![CDATA[<cdata>]]>
  <p:child x="y"/><!-- comment --><?pi data?>
</root>
"""


class Recorder(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def _pos(self):
        loc = self._locator
        return (loc.getLineNumber(), loc.getColumnNumber()) if loc else None

    def startDocument(self): self.events.append(("startDocument", self._pos()))
    def endDocument(self): self.events.append(("endDocument",))
    def startPrefixMapping(self, prefix, uri): self.events.append(("startPrefix", prefix, uri))
    def endPrefixMapping(self, prefix): self.events.append(("endPrefix", prefix))
    def startElement(self, name, attrs):
        self.events.append(("start", name, sorted(attrs.items()), attrs.getLength(), attrs.getNames(),
                            attrs.getType("a") if "a" in attrs else None, self._pos()))
    def endElement(self, name): self.events.append(("end", name, self._pos()))
    def startElementNS(self, name, qname, attrs):
        self.events.append(("startNS", name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames()),
                            [attrs.getValueByQName(q) for q in sorted(attrs.getQNames())]))
    def endElementNS(self, name, qname): self.events.append(("endNS", name, qname))
    def characters(self, content): self.events.append(("chars", content))
    def processingInstruction(self, target, data): self.events.append(("pi", target, data))
    def skippedEntity(self, name): self.events.append(("skipped", name))


class Lexical(handler.LexicalHandler):
    def __init__(self, events): self.events = events
    def comment(self, content): self.events.append(("comment", content))
    def startDTD(self, name, public_id, system_id): self.events.append(("startDTD", name, public_id, system_id))
    def endDTD(self): self.events.append(("endDTD",))
    def startCDATA(self): self.events.append(("startCDATA",))
    def endCDATA(self): self.events.append(("endCDATA",))


def show(rec):
    for e in rec.events:
        print("   ", e)


rec = Recorder()
xml.sax.parseString(DOC, rec)
show(rec)
rec = Recorder()
parser = xml.sax.make_parser()
parser.setFeature(handler.feature_namespaces, True)
parser.setProperty(handler.property_lexical_handler, Lexical(rec.events))
parser.setContentHandler(rec)
parser.parse(io.BytesIO(DOC.encode()))
show(rec)
print(parser.getFeature(handler.feature_namespaces), parser.getProperty(handler.property_lexical_handler).__class__.__name__)

rec = Recorder()
xml.sax.parseString(b"<!DOCTYPE a SYSTEM 'x.dtd'><a>&undefined;</a>", rec)
show(rec)

for bad in ["<a></b>", "<a>", "<a/>junk", "<a>\n  <b x='1' x='2'/></a>"]:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(bad), "->", str(e), e.getMessage(), e.getLineNumber(), e.getColumnNumber(),
              e.getSystemId(), e.getPublicId(), type(e.getException()).__name__)


class Collect(handler.ErrorHandler):
    def fatalError(self, exc):
        print("fatalError:", exc)

xml.sax.parseString("<a><b></a>", handler.ContentHandler(), Collect())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.xml")
    with open(path, "w") as f:
        f.write("<doc><item n='1'/>\n<item n='2'>x</bad></doc>")
    rec = Recorder()
    try:
        xml.sax.parse(path, rec)
    except xml.sax.SAXParseException as e:
        print(str(e).replace(d, "DIR"), e.getLineNumber(), e.getColumnNumber())
    show(rec)

for name in ["http://xml.org/sax/features/validation", "bogus"]:
    for call in (lambda: parser.setFeature(name, True), lambda: parser.getFeature(name)):
        try:
            print(call())
        except xml.sax.SAXException as e:
            print(type(e).__name__, e)
try:
    parser.setProperty("bogus", 1)
except xml.sax.SAXNotRecognizedException as e:
    print(type(e).__name__, e)

print(saxutils.escape("a < b & c > d"), saxutils.escape("x", {"x": "&#120;"}))
print(saxutils.unescape("&lt;&amp;lt;&gt;&amp;&quot;", {"&quot;": '"'}))
for v in ['plain', 'has "double"', "has 'single'", "both ' and \"", "line\nbreak\ttab\r"]:
    print(saxutils.quoteattr(v))

out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8")
xml.sax.parseString(DOC, gen)
print(out.getvalue())
out = io.BytesIO()
gen = saxutils.XMLGenerator(out, encoding="ascii", short_empty_elements=True)
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(gen)
p.parse(io.StringIO("<r xmlns='urn:d' xmlns:q='urn:q'><q:e q:a='1'/><f>\u00e9</f></r>"))
print(out.getvalue())
gen = saxutils.XMLGenerator(encoding="utf-8")
gen.startDocument()
gen.startElement("x", xmlreader.AttributesImpl({"k": "v<"}))
gen.characters("t&")
gen.ignorableWhitespace("  ")
gen.processingInstruction("p", "d")
gen.endElement("x")
gen.endDocument()
print()
attrs = xmlreader.AttributesNSImpl({("u", "a"): "1"}, {("u", "a"): "p:a"})
print(attrs.getValue(("u", "a")), attrs.getQNameByName(("u", "a")), attrs.getNameByQName("p:a"), len(attrs), list(attrs.keys()))
src = xmlreader.InputSource("sys.xml")
src.setPublicId("pub")
src.setEncoding("utf-8")
print(src.getSystemId(), src.getPublicId(), src.getEncoding(), src.getByteStream())
print(issubclass(xml.sax.SAXParseException, xml.sax.SAXException), issubclass(xml.sax.SAXReaderNotAvailable, xml.sax.SAXNotSupportedException))
try:
    xml.sax.make_parser(["no.such.module"])
except Exception as e:
    print(type(e).__name__)
