# The well-known recipe for CDATA output: ElementTree's serializer patched through its
# module globals, as scripts do.
import xml.etree.ElementTree as ET


def CDATA(text=None):
    element = ET.Element('![CDATA[')
    element.text = text
    return element


ET._original_serialize_xml = ET._serialize_xml


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    if elem.tag == '![CDATA[':
        write("<%s%s]]>" % (elem.tag, elem.text))
        if elem.tail:
            write(ET._escape_cdata(elem.tail))
        return
    return ET._original_serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs)


ET._serialize_xml = ET._serialize['xml'] = _serialize_xml

root = ET.Element("root")
inner = ET.SubElement(root, "item")
inner.append(CDATA("<raw> & stuff"))
ET.SubElement(root, "plain").text = "a < b"
print(ET.tostring(root, encoding="unicode"))
print(sorted(ET._serialize), "br" in ET.HTML_EMPTY)
print(ET.tostring(ET.fromstring("<p><br/>x</p>"), method="html"))
