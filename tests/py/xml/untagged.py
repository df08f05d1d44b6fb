# An element whose tag is None is written as its text and children only, in the xml and
# html methods alike; its tail follows.
import xml.etree.ElementTree as ET

r = ET.Element("r")
r.text = "t"
w = ET.SubElement(r, "w")
w.tag = None
w.text = "in<"
ET.SubElement(w, "c").text = "x"
ET.SubElement(w, "br")
w.tail = "tail"
for method in ("xml", "html", "text"):
    print(method, ET.tostring(r, method=method))
print(ET.tostring(r, short_empty_elements=False))
