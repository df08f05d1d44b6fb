# pyexpat's default handlers: with DefaultHandler set, references to internal entities
# go to it unexpanded (in content; attribute values are still expanded), with
# DefaultHandlerExpand they are expanded. (Only the references are compared: gopy does
# not pass the DTD's markup or unhandled tags to the default handler.)
import xml.parsers.expat as E

DOC = "<!DOCTYPE a [<!ENTITY e 'v'>]><a x='&e;'>&amp;&e;&#65;<b>&e;</b></a>"
for setter in ("DefaultHandler", "DefaultHandlerExpand"):
    p = E.ParserCreate()
    out = []
    setattr(p, setter, lambda t: out.append(("default", t)))
    p.CharacterDataHandler = lambda t: out.append(("data", t))
    p.StartElementHandler = lambda n, a: out.append(("start", n, a))
    p.EndElementHandler = lambda n: out.append(("end", n))
    p.Parse(DOC, True)
    print(setter, [o for o in out if o[0] != "default" or o[1].startswith("&")])
