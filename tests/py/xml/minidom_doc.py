# xml.dom.minidom: parsing (namespaces, doctypes, CDATA, entities), the node API,
# toxml/toprettyxml/writexml byte for byte as python3, DOM exceptions.
import io
import xml.dom
from xml.dom import minidom

SRC = """<?xml version="1.0"?>
<!DOCTYPE r [ <!ENTITY e "ent"> ]>
<r xmlns="urn:d" xmlns:p="urn:p" a="1" p:b="2">
  t1 &amp; &e;<![CDATA[<c>]]>x
  <p:c/><!--cm--><?pi d?>
  <item id="i1">one</item><item>two<b>bold</b></item>
</r>"""

doc = minidom.parseString(SRC)
r = doc.documentElement
print([(n.nodeType, n.nodeName, n.nodeValue) for n in r.childNodes])
dt = doc.doctype
print(dt.name, dt.publicId, dt.systemId, repr(dt.internalSubset), dt.entities.length,
      dt.entities.item(0).nodeName, dt.entities.item(0).firstChild.data)
print([(a.name, a.value, a.namespaceURI, a.prefix, a.localName) for a in r.attributes.values()])
print(r.namespaceURI, r.prefix, r.localName, r.tagName, r.childNodes[3].namespaceURI, r.childNodes[3].localName)
print(doc.version, doc.encoding, doc.standalone)
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent="  ", encoding="utf-8"))
print(doc.toxml(encoding="latin-1", standalone=True))
print([e.toxml() for e in doc.getElementsByTagName("item")], len(doc.getElementsByTagName("*")))
print([e.tagName for e in doc.getElementsByTagNameNS("urn:p", "c")], [e.tagName for e in doc.getElementsByTagNameNS("*", "item")])
item = doc.getElementsByTagName("item")[0]
print(item.getAttribute("id"), repr(item.getAttribute("nope")), item.hasAttribute("id"), item.hasAttributes(),
      r.getAttributeNS("urn:p", "b"), r.hasAttributeNS("urn:p", "b"), item.firstChild.data, item.parentNode.tagName)
print(item.nextSibling.tagName, item.previousSibling.nodeType, item.nextSibling.lastChild.tagName, item.childNodes.length)

impl = minidom.getDOMImplementation()
new = impl.createDocument(None, "root", None)
top = new.documentElement
top.setAttribute("version", "2")
top.setAttribute("q", 'a"b<c>&d')
for i in range(3):
    child = new.createElement("child")
    child.setAttribute("n", str(i))
    child.appendChild(new.createTextNode("text %d & <more>" % i))
    top.appendChild(child)
top.appendChild(new.createComment(" note "))
top.appendChild(new.createProcessingInstruction("target", "data"))
top.appendChild(new.createCDATASection("raw <stuff>"))
empty = top.appendChild(new.createElement("empty"))
print(new.toxml())
print(new.toprettyxml(indent="  "))
print(top.toprettyxml(indent="", newl=""))
out = io.StringIO()
top.writexml(out, indent="> ", addindent="+", newl="|")
print(out.getvalue())

c0, c1, c2 = top.getElementsByTagName("child")
top.removeChild(c1)
top.insertBefore(c1, c0)
top.replaceChild(new.createElement("swapped"), c2)
print([n.nodeName for n in top.childNodes])
clone = top.cloneNode(True)
shallow = top.cloneNode(False)
print(clone.toxml() == top.toxml(), shallow.toxml(), clone.parentNode, clone.ownerDocument is new)
t = new.createTextNode("hello world, long text")
empty.appendChild(t)
rest = t.splitText(5)
print(repr(t.data), repr(rest.data), t.wholeText, len(empty.childNodes), t.length)
empty.appendChild(new.createTextNode(""))
empty.appendChild(new.createTextNode("!"))
empty.normalize()
print([c.data for c in empty.childNodes])
c0.setAttribute("n", "changed")
c0.removeAttribute("n")
print(c0.toxml(), c0.attributes.length, repr(c0)[:20], repr(t), repr(new.createComment("c")))
frag = new.createDocumentFragment()
frag.appendChild(new.createElement("f1"))
frag.appendChild(new.createElement("f2"))
top.appendChild(frag)
print([n.nodeName for n in top.childNodes][-3:], frag.childNodes.length)
print(top.childNodes.item(0).nodeName, top.childNodes.item(99), isinstance(top.childNodes, list))
imported = doc.importNode(item, True)
print(imported.ownerDocument is doc, imported.parentNode, imported.toxml())
dt2 = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN", "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
html = impl.createDocument("http://www.w3.org/1999/xhtml", "html", dt2)
print(html.toxml())
print(html.toprettyxml())
ns = impl.createDocument("urn:x", "x:root", None)
ns.documentElement.setAttributeNS("urn:x", "x:attr", "v")
ns.documentElement.setAttributeNS(xml.dom.XMLNS_NAMESPACE, "xmlns:x", "urn:x")
print(ns.toxml(), ns.documentElement.getAttributeNS("urn:x", "attr"), ns.documentElement.localName, ns.documentElement.prefix)

for bad in [lambda: new.appendChild(new.createElement("second")),
            lambda: new.appendChild(new.createTextNode("x")),
            lambda: top.removeChild(new.createElement("stranger")),
            lambda: new.createComment("a--b").toxml(),
            lambda: new.createCDATASection("a]]>b").toxml(),
            lambda: new.createTextNode(5),
            lambda: t.appendChild(new.createElement("x")),
            lambda: c0.removeAttribute("missing"),
            lambda: minidom.parseString("<a><b></a>"),
            lambda: xml.dom.DOMException("direct")]:
    try:
        bad()
        print("no error")
    except xml.dom.DOMException as e:
        print(type(e).__name__, e.code, isinstance(e, xml.dom.DOMException))
    except Exception as e:
        print(type(e).__name__, e)
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.DOCUMENT_TYPE_NODE, xml.dom.HIERARCHY_REQUEST_ERR,
      xml.dom.NotFoundErr.code, xml.dom.XML_NAMESPACE, xml.dom.EMPTY_NAMESPACE)
with minidom.parseString("<x><y/></x>") as d2:
    print(d2.documentElement.toxml())
print(d2.documentElement)
d3 = minidom.parse(io.BytesIO(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>"))
print(d3.documentElement.firstChild.data, d3.encoding, d3.toxml(encoding="utf-8"))
