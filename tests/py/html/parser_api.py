# html.parser: the API around the events (reset, close, positions, class
# attributes, subclass hooks) and the errors CPython raises.
import _markupbase
import html.parser
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        self.text.append(data)


p = Links()
p.feed('<p>See <a href="/one">one</a> and <A HREF=/two>two</A>')
print(p.links, p.text)
print(p.lasttag, p.getpos(), repr(p.rawdata))
p.feed(" tail &amp")
print(p.text, repr(p.rawdata))
p.close()
print(p.text, repr(p.rawdata), p.getpos())
p.close()
p.reset()
print(p.getpos(), p.lasttag, repr(p.rawdata), p.cdata_elem, p.get_starttag_text())
p.feed("<a href='x'>")
print(p.links, p.get_starttag_text())

# default handlers do nothing; the base handle_startendtag calls both
class Order(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)


Order().feed("<br/><img src=x />")
HTMLParser().feed("<p>plain <b>base</b> &amp; <!-- c --><?pi?><!DOCTYPE x>")

# script/style content, and a class that adds its own raw elements
class Raw(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ("script", "style", "textarea")

    def handle_data(self, data):
        print("data", repr(data), self.cdata_elem)

    def handle_endtag(self, tag):
        print("end", tag)


r = Raw()
r.feed("<textarea><b>&amp;</b></TextArea><script>a</b>")
print("pending", repr(r.rawdata), r.cdata_elem)
r.feed("</script>")
r.close()
r.feed("<style>never closed")
r.close()
print("left", repr(r.rawdata))

# convert_charrefs is keyword-only
try:
    HTMLParser(False)
except TypeError as e:
    print("TypeError", e)
print(HTMLParser(convert_charrefs=False).convert_charrefs)

# ParserBase must be subclassed
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print("RuntimeError", e)

class Base(_markupbase.ParserBase):
    def __init__(self, text):
        super().__init__()
        self.reset()
        self.rawdata = text

    def handle_decl(self, d):
        print("decl", repr(d))

    def unknown_decl(self, d):
        print("unknown_decl", repr(d))

    def handle_comment(self, d):
        print("comment", repr(d))


b = Base("ab\ncd\nef")
print(b.getpos(), b.updatepos(0, 4), b.getpos(), b.updatepos(4, 8), b.getpos(), b.updatepos(8, 8))
for text in ["<!DOCTYPE html PUBLIC '-//x' \"y\">", "<!ELEMENT x>", "<!>", "<!-",
             "<!DOCTYPE x [ <!ENTITY a 'b'> <!-- c --> %p; ]>",
             "<!DOCTYPE x [ <!ATTLIST a b CDATA #IMPLIED c (d|e) 'd'> <!NOTATION n SYSTEM 's'> ]>",
             "<!DOCTYPE x [ <!ELEMENT a (b)*> ]>", "<!DOCTYPE x [", "<!--c-->",
             "<![CDATA[x]]>", "<!DOCTYPE x [ <p> ]>", "<!DOCTYPE x [ <!FOO a> ]>",
             "<!DOCTYPE x $>", "<!ELEMENT x [y]>", "<!FOO [y]>", "<!DOCTYPE x [ ] y>"]:
    b = Base(text)
    try:
        print(repr(text), b.parse_declaration(0), b.getpos())
    except AssertionError as e:
        print(repr(text), "AssertionError", e, b.getpos())

# marked sections CPython does not know stop the parser with AssertionError
for text in ["<![foo[x]]>", "<![ x", "<!DOCTYPE"]:
    q = HTMLParser()
    try:
        q.feed(text)
        q.close()
        print(repr(text), "ok", repr(q.rawdata))
    except AssertionError as e:
        print(repr(text), "AssertionError", e)

print(html.parser.__all__, HTMLParser.__mro__[1].__name__)

# module-level names
print(sorted(n for n in dir(html.parser) if not n.startswith('_')))
print(html.parser.interesting_normal.search("ab&c<").start(), html.parser.starttagopen.match("<b"))
print(html.parser.tagfind_tolerant.match("<Abc d>", 1).group(1), html.parser.endtagfind.match("</X >").group(1))
print(html.parser.charref.match("&#x41;").group(), html.parser.entityref.match("&amp;").group(1))
q = HTMLParser()
print(q.interesting is html.parser.interesting_normal)
q.feed("<script>")
print(q.interesting is html.parser.interesting_normal, q.cdata_elem)
