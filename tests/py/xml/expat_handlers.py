# xml.parsers.expat: every handler's events with the parser's positions, buffer_text,
# ordered_attributes, namespace processing, encodings, incremental feeding, errors.
import io
import xml.parsers.expat as expat
from xml.parsers.expat import errors

HANDLERS = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler",
            "ProcessingInstructionHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
            "EndDoctypeDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
            "SkippedEntityHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler"]


def run(pieces, **kw):
    opts = {k: kw.pop(k) for k in ("buffer_text", "ordered_attributes", "namespace_prefixes") if k in kw}
    p = expat.ParserCreate(**kw)
    for k, v in opts.items():
        setattr(p, k, v)
    out = []

    def handler(name):
        def h(*args):
            out.append((name, args, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
        return h
    for n in HANDLERS:
        setattr(p, n, handler(n[:-7]))
    if isinstance(pieces, (str, bytes)):
        pieces = [pieces]
    try:
        for i, piece in enumerate(pieces):
            p.Parse(piece, i == len(pieces) - 1)
    except expat.ExpatError as e:
        out.append(("ERR", str(e), e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
                    p.ErrorColumnNumber, p.ErrorByteIndex, errors.messages[e.code]))
    print(repr(pieces)[:70])
    for o in out:
        print("   ", o)


run("<?xml version='1.0'?>\n<a x='1' y=\"&lt;2\">t&amp;u\nv<![CDATA[<c>\n]]><!--cm--><?pi data?><b/>\u00e9&#233;</a>\n")
run(["<a>ab", "cd\n\n\nx&amp;<b/>", "</a>"])
run(["<a>ab", "cd\n\n\nx&amp;<b/>", "</a>"], buffer_text=True)
run("<a z='1' y='2' x='3'/>", ordered_attributes=True)
run("<r xmlns='u' xmlns:p='v'><p:a p:x='1' y='2'/><b xmlns=''/></r>", namespace_separator='}')
run("<r xmlns:p='v' xml:lang='en'><p:a/></r>", namespace_separator=' ')
run("<r xmlns:p='v'><p:a/></r>", namespace_separator='')
run("<r xmlns='u' xmlns:p='v'><p:a p:x='1' y='2'/></r>", namespace_separator=' ', namespace_prefixes=True)
run("<r xmlns:p='v'><p:a/></r>")
run("<!DOCTYPE a PUBLIC 'pub' 'sys'><a/>")
run("<!DOCTYPE a [<!ELEMENT a (#PCDATA)> <!-- c --> <!ENTITY % pe 'x'> %pe; ]><a>&u;</a>")
run("<!DOCTYPE a [<!ENTITY e '<b>x</b>'>]><a>&e;</a>")
run("<!DOCTYPE a [<!ENTITY e SYSTEM 'f'>]><a>&e;</a>")
run("<!DOCTYPE a [<!ATTLIST a d CDATA 'dv' t NMTOKENS ' x  y '>]><a t=' p  q '/>")
run("<?pi?><!DOCTYPE a><a/>  \n<!--after-->")
run(b"\xff\xfe<\x00a\x00>\x00\xe9\x00<\x00/\x00a\x00>\x00")
run("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode("latin-1"))
run("<?xml version='1.0' encoding='cp1252'?><a>\u20ac</a>".encode("cp1252"))
run("<a>\u00e9</a>".encode("utf-8"), encoding="utf-8")
run(["<a>\xc3".encode("latin-1"), b"\xa9</a>"])
run(["<", "a", " x", "='", "1'", ">", "t", "<", "/a", ">"])
for bad in ["<a></b>", "<a>", "", "<a/><b/>", "<a x='1' x='2'/>", "<a>&foo;</a>", "<a <b>",
            "<a>\n  <b></c></a>", "<a>x</a>junk", "<a>&#0;</a>", "<a b=c/>", "  <?xml version='1.0'?><a/>",
            "<a>]]></a>", "<a>\x01</a>", "<a x='<'/>", "<a", "<a>\n<!-- x -- y --></a>", "abc",
            "<?xml versio='1.0'?><a/>", "<?xml encoding='utf-8'?><a/>", "<a>&#;</a>", "<a>& b</a>",
            "<a>&amp</a>", "<a>&#x110000;</a>", "<a><!-- x</a>", "<a><![CDATA[x</a>", "<a><?pi",
            "<a x='1' / >", "<a x='1'y='2'/>", "<1a/>", "<a></ a>", "<a/><!DOCTYPE a>",
            "<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", b"<a>\xe9</a>", b"<a>\xc3</a>",
            "</a>", "<a/></a>", "<a/><![CDATA[x]]>", "<a/>\n<b>"]:
    run(bad)
run("<a><p:b/></a>", namespace_separator=' ')
run("<a xmlns:p=''/>", namespace_separator=' ')

p = expat.ParserCreate()
print(p.buffer_size, p.buffer_text, p.ordered_attributes, p.specified_attributes, p.intern,
      p.StartElementHandler, p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode)
p.Parse("<a>", False)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.buffer_size = 16
print(p.buffer_size)
for bad in [lambda: setattr(p, "buffer_size", 0), lambda: setattr(p, "buffer_size", "x"),
            lambda: expat.ParserCreate(namespace_separator="ab"), lambda: p.Parse(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print("start", name, attrs)
p.ParseFile(io.BytesIO(b"<doc><x a='1'/></doc>"))
print(expat.ErrorString(7), expat.ErrorString(errors.codes["unbound prefix"]), errors.XML_ERROR_TAG_MISMATCH)
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding, expat.error is expat.ExpatError)
print(expat.ExpatError.__module__, expat.model.XML_CTYPE_SEQ, sorted(errors.codes.items())[:3])
p = expat.ParserCreate()
def boom(name, attrs):
    raise RuntimeError("handler failed at " + name)
p.StartElementHandler = boom
try:
    p.Parse("<first/>", True)
except RuntimeError as e:
    print("RuntimeError", e)
p = expat.ParserCreate()
for data, final in [("<a><b></a>", False), ("", True), ("<x>", True)]:
    try:
        p.Parse(data, final)
    except expat.ExpatError as e:
        print("again:", e, p.ErrorByteIndex)
