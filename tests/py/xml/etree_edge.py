# ElementTree edge cases: str input ignores the declared encoding, text streams, parser
# encodings, unknown encodings (the codec lookup's error), long text, astral characters, depth.
import io
import xml.etree.ElementTree as ET
print(ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\u00e9</a>').text)
print(ET.parse(io.StringIO("<a><b>t</b></a>")).getroot()[0].text)
print([(e, x.tag) for e, x in ET.iterparse(io.StringIO("<a><b/></a>"))])
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9</a>")
print(p.close().text)
try:
    ET.fromstring(b"<?xml version='1.0' encoding='bogus-enc'?><a/>")
except Exception as e:
    print(type(e).__name__, e)
e = ET.fromstring("<a>" + "x" * 100000 + "</a>")
print(len(e.text))
print(ET.tostring(ET.fromstring("<a>\U0001F600</a>")))
deep = "<a>" * 500 + "</a>" * 500
print(len(list(ET.fromstring(deep).iter())))
