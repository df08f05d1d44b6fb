# ElementTree: building trees, serializing them byte for byte, copying, pickling.
import copy
import pickle
import xml.etree.ElementTree as ET

root = ET.Element("root", {"b": "2"}, a="1")
child = ET.SubElement(root, "child", id="c1")
child.text = "text & <more>"
child.tail = "\n"
ET.SubElement(root, "empty")
x = ET.SubElement(root, "q", {"attr": 'say "hi"\n\tnow\r'})
x.append(ET.Comment(" a comment "))
x.append(ET.PI("target", "data here"))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="latin-1"))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, method="html"))
print(ET.tostring(root, method="text"))
print(ET.tostringlist(root, encoding="unicode"))
e = ET.Element("p")
e.text = "caf\u00e9 \u20ac"
print(ET.tostring(e), ET.tostring(e, encoding="utf-8"), ET.tostring(e, encoding="unicode"))
html = ET.fromstring("<html><head><script>S</script></head><body><br/><img src='x&amp;y'/><p>x</p></body></html>")
html[0][0].text = "a < b && c"
print(ET.tostring(html, method="html", encoding="unicode"))

print(len(root), bool(root), root[0].tag, [c.tag for c in root], root[-1].tag)
print(root.get("a"), root.get("zz", "dflt"), sorted(root.keys()), sorted(root.items()))
root.set("c", "3")
print(root.attrib)
root.insert(0, ET.Element("first"))
print([c.tag for c in root])
root.remove(root[0])
del root[1]
print([c.tag for c in root])
root[0:1] = [ET.Element("new1"), ET.Element("new2")]
print([c.tag for c in root])
root.extend([ET.Element("x1"), ET.Element("x2")])
print([c.tag for c in root])
print([e.tag for e in root.iter()][:4], [e.tag for e in root.iter("x1")])
print(list(ET.fromstring("<a>1<b>2<c>3</c>4</b>5</a>").itertext()))
print(repr(root)[:15], ET.iselement(root), ET.iselement("x"))
c = copy.copy(root)
d = copy.deepcopy(root)
print(c[0] is root[0], d[0] is root[0], ET.tostring(d) == ET.tostring(root))
p = pickle.loads(pickle.dumps(root))
print(type(p).__module__, type(p).__name__, ET.tostring(p) == ET.tostring(root))
try:
    pickle.dumps(root, 1)
except TypeError as exc:
    print(exc)
for proto in range(2, 6):
    q = pickle.loads(pickle.dumps(ET.fromstring("<r a='1'>t<s>u</s>v</r>"), proto))
    print(proto, ET.tostring(q))
root.clear()
print(ET.tostring(root), root.attrib)

for bad in [lambda: ET.Element("a", 1), lambda: ET.Element("a").append("x"),
            lambda: ET.Element("a").insert(0, 1), lambda: ET.Element("a").remove(ET.Element("b")),
            lambda: ET.tostring(ET.Element(1)), lambda: ET.tostring(ET.Element("a", x=1)),
            lambda: ET.tostring(ET.Element("a"), method="bogus"), lambda: ET.SubElement(ET.Element("a"), "b", 3),
            lambda: ET.indent(ET.Element("a"), level=-1)]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

tree = ET.fromstring("<a><b><c>x</c><c/></b><d>  </d><e>t</e></a>")
ET.indent(tree)
print(ET.tostring(tree, encoding="unicode"))
ET.indent(tree, space="\t", level=1)
print(repr(ET.tostring(tree, encoding="unicode")))
ET.dump(ET.fromstring("<a><b/></a>"))
t = ET.Element("t")
t.tail = "end\n"
ET.dump(t)

q = ET.QName("http://u", "tag")
print(q, repr(q), q.text, q == "{http://u}tag", q == ET.QName("{http://u}tag"), hash(q) == hash("{http://u}tag"))
e = ET.Element(q, {ET.QName("http://u", "at"): ET.QName("http://v", "val")})
print(ET.tostring(e))

ns = ET.Element("{http://a.example/}root")
ET.SubElement(ns, "{http://b.example/}kid", {"{http://a.example/}at": "1", "plain": "2"})
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}lang")
ET.SubElement(ns, "{http://www.w3.org/2001/XMLSchema}el")
print(ET.tostring(ns))
ET.register_namespace("aa", "http://a.example/")
print(ET.tostring(ns))
print(ET.tostring(ET.Element("{http://a.example/}x"), default_namespace="http://a.example/"))
try:
    ET.tostring(ns, default_namespace="http://a.example/")
except ValueError as exc:
    print(exc)
try:
    ET.register_namespace("ns12", "http://x")
except ValueError as exc:
    print(exc)

tree = ET.ElementTree(ET.fromstring("<r><x>1</x></r>"))
import io
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
s = io.StringIO()
tree.write(s, encoding="unicode")
print(s.getvalue())
print(tree.getroot().tag, tree.find("x").text, tree.findtext("x"), [e.tag for e in tree.iter()])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print([e.tag for e in tree.findall("/x")])
    print(w[0].category.__name__, w[0].message)
