"""Simple implementation of the Level 1 DOM.

Namespaces and other minor Level 2 features are also supported.

parse("foo.xml")

parseString("<foo><bar/></foo>")
"""
# gopy's minidom: the node classes, serialization (toxml, toprettyxml, writexml) and the
# parse functions, which build documents with xml.dom.expatbuilder.

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, HierarchyRequestErr,
                     NotFoundErr, InuseAttributeErr, NotSupportedErr)
from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes, defproperty

_ELEMENT, _ATTR, _TEXT, _CDATA = 1, 2, 3, 4
_PI, _COMMENT, _DOCUMENT, _DOCTYPE, _FRAGMENT = 7, 8, 9, 10, 11


def _write_data(writer, data):
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace("\"", "&quot;").replace(">", "&gt;"))


class Node(xml.dom.Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    nodeValue = None
    attributes = None
    _child_types = ()

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == _DOCUMENT:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    def _get_lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    firstChild = property(_get_firstChild)
    lastChild = property(_get_lastChild)

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def _detach(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)

    def _relink(self):
        kids = self.childNodes
        for i, k in enumerate(kids):
            k.parentNode = self
            k.previousSibling = kids[i - 1] if i else None
            k.nextSibling = kids[i + 1] if i + 1 < len(kids) else None

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _FRAGMENT:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        try:
            index = self.childNodes.index(refChild)
        except ValueError:
            raise NotFoundErr()
        self._detach(newChild)
        index = self.childNodes.index(refChild)
        self.childNodes.insert(index, newChild)
        self._relink()
        return newChild

    def appendChild(self, node):
        if node.nodeType == _FRAGMENT:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        self._detach(node)
        self.childNodes.append(node)
        self._relink()
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _FRAGMENT:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        self._detach(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr()
        self.childNodes[index] = newChild
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def removeChild(self, oldChild):
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                del self.childNodes[i]
                break
        else:
            raise NotFoundErr()
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def normalize(self):
        merged = []
        for child in self.childNodes:
            if child.nodeType == _TEXT:
                if not child.data:
                    continue
                if merged and merged[-1].nodeType == _TEXT:
                    merged[-1].data = merged[-1].data + child.data
                    continue
            elif child.nodeType == _ELEMENT:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged
        self._relink()

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def _get_localName(self):
        return None

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        return getattr(self, "_user_data", {}).get(key, (None, None))[0]

    def setUserData(self, key, data, handler):
        store = self.__dict__.setdefault("_user_data", {})
        old = store.get(key, (None, None))[0]
        if data is None:
            store.pop(key, None)
        else:
            store[key] = (data, handler)
        return old

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _clone(node, deep, doc):
    kind = node.nodeType
    if kind == _ELEMENT:
        copy = doc.createElementNS(node.namespaceURI, node.nodeName)
        for a in node.attributes.values():
            copy.setAttributeNS(a.namespaceURI, a.nodeName, a.value)
            copy.getAttributeNodeNS(a.namespaceURI, a.localName).specified = a.specified
    elif kind == _ATTR:
        copy = doc.createAttributeNS(node.namespaceURI, node.nodeName)
        copy.specified = True
        copy.value = node.value
        return copy
    elif kind == _TEXT:
        return doc.createTextNode(node.data)
    elif kind == _CDATA:
        return doc.createCDATASection(node.data)
    elif kind == _COMMENT:
        return doc.createComment(node.data)
    elif kind == _PI:
        return doc.createProcessingInstruction(node.target, node.data)
    elif kind == _FRAGMENT:
        copy = doc.createDocumentFragment()
    elif kind == _DOCTYPE:
        copy = doc.implementation.createDocumentType(node.name, node.publicId, node.systemId)
        copy.internalSubset = node.internalSubset
        copy.ownerDocument = doc
        return copy
    elif kind == _DOCUMENT:
        copy = Document()
        copy.implementation = node.implementation
        if deep:
            for c in node.childNodes:
                copy.appendChild(_clone(c, True, copy))
        return copy
    else:
        raise NotSupportedErr("Cannot clone node %s" % repr(node))
    if deep:
        for c in node.childNodes:
            copy.appendChild(_clone(c, True, doc))
    return copy


class DocumentFragment(Node):
    nodeType = _FRAGMENT
    nodeName = "#document-fragment"
    _child_types = (_ELEMENT, _TEXT, _CDATA, 5, _PI, _COMMENT, 12)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    nodeType = _ATTR
    specified = False
    ownerElement = None
    _child_types = (_TEXT, 5)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._local = localName
        self.value = ""
        self.childNodes = NodeList()

    def _get_localName(self):
        if self._local is not None:
            return self._local
        return self.nodeName.split(":", 1)[-1]

    localName = property(_get_localName)

    @property
    def prefix(self):
        return self._prefix

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def _get_name(self):
        return self.name

    def _get_value(self):
        return self.value

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)

    @property
    def isId(self):
        return getattr(self, "_is_id", False)


class NamedNodeMap:
    """The attribute nodes of an element, by qualified name, in their order."""

    def __init__(self, element):
        self._element = element

    @property
    def _map(self):
        return self._element._attrs

    @property
    def length(self):
        return len(self._map)

    def item(self, index):
        nodes = list(self._map.values())
        return nodes[index] if 0 <= index < len(nodes) else None

    def items(self):
        return [(n.nodeName, n.value) for n in self._map.values()]

    def itemsNS(self):
        return [((n.namespaceURI, n.localName), n.value) for n in self._map.values()]

    def keys(self):
        return self._map.keys()

    def keysNS(self):
        return [(n.namespaceURI, n.localName) for n in self._map.values()]

    def values(self):
        return self._map.values()

    def get(self, name, value=None):
        return self._map.get(name, value)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._map
        return self.getNamedItemNS(*key) is not None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
            if node is None:
                raise KeyError(key)
            return node
        return self._map[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)

    def getNamedItem(self, name):
        return self._map.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._element.getAttributeNodeNS(namespaceURI, localName)

    def removeNamedItem(self, name):
        node = self._map.get(name)
        if node is None:
            raise NotFoundErr()
        return self._element.removeAttributeNode(node)

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


def _split_qname(name):
    if ":" in name:
        return name.split(":", 1)
    return None, name


class Element(Node):
    nodeType = _ELEMENT
    _child_types = (_ELEMENT, _PI, _COMMENT, _TEXT, _CDATA, 5)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}
        self._local = localName

    def _get_localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(":", 1)[-1]

    localName = property(_get_localName)

    def _get_tagName(self):
        return self.tagName

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def _get_attributes(self):
        return NamedNodeMap(self)

    def unlink(self):
        for a in self._attrs.values():
            a.unlink()
        self._attrs = {}
        Node.unlink(self)

    def getAttribute(self, attname):
        node = self._attrs.get(attname)
        return node.value if node is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        node = self.getAttributeNodeNS(namespaceURI, localName)
        return node.value if node is not None else ""

    def setAttribute(self, attname, value):
        node = self._attrs.get(attname)
        if node is None:
            node = Attr(attname)
            node.ownerDocument = self.ownerDocument
            node.value = value
            self.setAttributeNode(node)
        else:
            node.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        node = self.getAttributeNodeNS(namespaceURI, local)
        if node is None:
            node = Attr(qualifiedName, namespaceURI, local, prefix)
            node.ownerDocument = self.ownerDocument
            node.value = value
            self.setAttributeNode(node)
        else:
            node.value = value
            if node.nodeName != qualifiedName:
                del self._attrs[node.nodeName]
                node.name = node.nodeName = qualifiedName
                node._prefix = prefix
                self._attrs[qualifiedName] = node

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for node in self._attrs.values():
            if node.namespaceURI == namespaceURI and node.localName == localName:
                return node
        return None

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is not None and old is not attr:
            old.ownerElement = None
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            node = self._attrs[name]
        except KeyError:
            raise NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNS(self, namespaceURI, localName):
        node = self.getAttributeNodeNS(namespaceURI, localName)
        if node is None:
            raise NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _by_tag_ns(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, node in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, node.value)
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (_TEXT, _CDATA):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for node in kids:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise NotFoundErr()
        idAttr._is_id = True


def _by_tag(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == _ELEMENT:
            if name == "*" or node.tagName == name:
                out.append(node)
            _by_tag(node, name, out)
    return out


def _by_tag_ns(parent, uri, local, out):
    for node in parent.childNodes:
        if node.nodeType == _ELEMENT:
            if (local == "*" or node.localName == local) and (uri == "*" or node.namespaceURI == uri):
                out.append(node)
            _by_tag_ns(node, uri, local, out)
    return out


class Childless:
    """Nodes that cannot have children."""
    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class ProcessingInstruction(Childless, Node):
    nodeType = _PI

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    nodeValue = property(lambda self: self.data, lambda self, v: setattr(self, "data", v))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(Childless, Node):
    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self.data = ""

    nodeValue = property(lambda self: self.data, lambda self, v: setattr(self, "data", v))

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        more = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], more)

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self._check_range(offset, 0)
        self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        self.data = self.data[:offset] + arg + self.data[offset + count:]

    def _check_range(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset > len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")


class Text(CharacterData):
    nodeType = _TEXT
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = self.__class__()
        rest.data = self.data[offset:]
        rest.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None and self in parent.childNodes:
            parent.insertBefore(rest, self.nextSibling)
        self.data = self.data[:offset]
        return rest

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        node = self
        while node.previousSibling is not None and node.previousSibling.nodeType in (_TEXT, _CDATA):
            node = node.previousSibling
        parts = []
        while node is not None and node.nodeType in (_TEXT, _CDATA):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    def replaceWholeText(self, content):
        parent = self.parentNode
        for node in (self.previousSibling, self.nextSibling):
            step = "previousSibling" if node is self.previousSibling else "nextSibling"
            while node is not None and node.nodeType in (_TEXT, _CDATA):
                following = getattr(node, step)
                parent.removeChild(node)
                node = following
        if content:
            self.data = content
            return self
        parent.removeChild(self)
        return None

    def _get_isWhitespaceInElementContent(self):
        return False


class Comment(CharacterData):
    nodeType = _COMMENT
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self.data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = _CDATA
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


from xml.dom._minidoc import (Document, DocumentType, DOMImplementation, Entity, Notation,
                              ReadOnlySequentialNamedNodeMap, getDOMImplementation,
                              parse, parseString)
