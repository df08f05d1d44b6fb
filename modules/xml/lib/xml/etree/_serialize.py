# ElementTree's serializer, written for gopy: xml, html and text methods, namespace
# prefixes made as CPython makes them, the document written once in its encoding.
import io
import sys
from xml.etree.ElementTree import Comment, ProcessingInstruction, QName, _namespace_map


def _et():
    # Children are serialized through ElementTree's module globals, which scripts
    # replace (the well-known CDATA recipe patches _serialize_xml and _serialize).
    return sys.modules["xml.etree.ElementTree"]

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        for ch, ref in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                        ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
            if ch in text:
                text = text.replace(ch, ref)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        for ch, ref in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if ch in text:
                text = text.replace(ch, ref)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _open_tag(write, tag, elem, qnames, namespaces, escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for k, v in list(elem.items()):
        if isinstance(k, QName):
            k = k.text
        v = qnames[v.text] if isinstance(v, QName) else escape(v)
        write(' %s="%s"' % (qnames[k], v))


def _resolved_tag(tag, qnames):
    """The name a tag is written under (None: the element is written without one)."""
    if isinstance(tag, QName):
        tag = tag.text
    return qnames[tag]


def _write_untagged(write, elem, text, serialize, qnames, *rest):
    """An element whose tag maps to None: its text and children, no tags of its own."""
    if text:
        write(_escape_cdata(text))
    for e in elem:
        serialize(write, e, qnames, None, *rest)


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = _resolved_tag(tag, qnames)
        if tag is None:
            _write_untagged(write, elem, text, _et()._serialize_xml, qnames, short_empty_elements)
        else:
            _open_tag(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                child = _et()._serialize_xml
                for e in elem:
                    child(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = _resolved_tag(tag, qnames)
        if tag is None:
            _write_untagged(write, elem, text, _et()._serialize_html, qnames)
        else:
            _open_tag(write, tag, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                write(text if ltag == "script" or ltag == "style" else _escape_cdata(text))
            child = _et()._serialize_html
            for e in elem:
                child(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def write_tree(tree, file, encoding, xml_declaration, default_namespace, method,
               short_empty_elements, pieces=None):
    if not method:
        method = "xml"
    elif method not in _et()._serialize:
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    enc_lower = encoding.lower()
    parts = []
    write = parts.append
    if method == "xml" and (xml_declaration or (xml_declaration is None and enc_lower not in ("utf-8", "us-ascii", "unicode"))):
        declared = encoding
        if enc_lower == "unicode":
            import locale
            declared = locale.getpreferredencoding().lower()
        write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    root = tree._root
    serialize = _et()._serialize[method]
    if method == "text":
        serialize(write, root)
    else:
        qnames, namespaces = _namespaces(root, default_namespace)
        serialize(write, root, qnames, namespaces, short_empty_elements=short_empty_elements)
    if pieces is not None:
        if enc_lower == "unicode":
            pieces.extend(parts)
        else:
            pieces.extend(p.encode(encoding, "xmlcharrefreplace") for p in parts)
        return
    text = "".join(parts)
    close = False
    if not hasattr(file, "write"):
        file = open(file, "w" if enc_lower == "unicode" else "wb")
        close = True
    try:
        if enc_lower == "unicode":
            file.write(text)
        elif isinstance(file, io.TextIOBase) and not isinstance(file, io.StringIO):
            file.write(text.encode(encoding, "xmlcharrefreplace").decode(encoding))
        else:
            file.write(text.encode(encoding, "xmlcharrefreplace"))
    finally:
        if close:
            file.close()


_serialize = {"xml": _serialize_xml, "html": _serialize_html, "text": _serialize_text}
