# minidom's Document, DocumentType, Entity, Notation and DOMImplementation, and the
# builder that makes documents from pyexpat's events (imported into xml.dom.minidom,
# whose names these classes carry).
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, XMLNS_NAMESPACE, HierarchyRequestErr, NotSupportedErr,
                     WrongDocumentErr)
from xml.dom.minicompat import NodeList
from xml.dom.minidom import (Node, Element, Attr, Text, Comment, CDATASection,
                             ProcessingInstruction, DocumentFragment, Childless,
                             _clone, _by_tag, _by_tag_ns, _split_qname)

_MODULE = "xml.dom.minidom"


class ReadOnlySequentialNamedNodeMap:
    """A read-only map of nodes kept in order (a document type's entities and
    notations)."""

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for n in self._seq:
            if n.namespaceURI == namespaceURI and n.localName == localName:
                return n
        return None

    def __getitem__(self, name_or_tuple):
        node = (self.getNamedItemNS(*name_or_tuple) if isinstance(name_or_tuple, tuple)
                else self.getNamedItem(name_or_tuple))
        if node is None:
            raise KeyError(name_or_tuple)
        return node

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def _refuse(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _refuse


class Identified:
    publicId = None
    systemId = None


class DocumentType(Identified, Childless, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = _split_qname(qualifiedName)[1]
        self.nodeName = self.name

    def cloneNode(self, deep):
        if self.ownerDocument is None:
            copy = DocumentType(None)
            copy.name = copy.nodeName = self.name
            copy.publicId, copy.systemId = self.publicId, self.systemId
            copy.internalSubset = self.internalSubset
            return copy
        return None

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE " + self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [" + self.internalSubset + "]")
        writer.write(">" + newl)


class Entity(Identified, Node):
    attributes = None
    nodeType = Node.ENTITY_NODE
    nodeValue = None
    actualEncoding = None
    encoding = None
    version = None

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.publicId, self.systemId = publicId, systemId
        self.childNodes = NodeList()

    def appendChild(self, newChild):
        raise HierarchyRequestErr("cannot append children to an entity node")


class Notation(Identified, Childless, Node):
    nodeType = Node.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self.publicId, self.systemId = publicId, systemId


class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        doc.implementation = self
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix, local = _split_qname(qualifiedName)
        if prefix == "xml" and namespaceURI != "http://www.w3.org/XML/1998/namespace":
            raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
        element = doc.createElementNS(namespaceURI, qualifiedName)
        if doctype:
            doc.appendChild(doctype)
        doc.appendChild(element)
        if doctype:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId, doctype.systemId = publicId, systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    implementation = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _check_child(self, node):
        Node._check_child(self, node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None \
                and node.parentNode is not self:
            raise HierarchyRequestErr("two document elements disallowed")

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        return _clone(self, deep, self) if deep else None

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        t = self._own(Text())
        t.data = data
        return t

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        c = self._own(CDATASection())
        c.data = data
        return c

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        a = self._own(Attr(qName))
        a.value = ""
        return a

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        a = self._own(Attr(qualifiedName, namespaceURI, local, prefix))
        a.value = ""
        return a

    def getElementById(self, id):
        for e in _by_tag(self, "*", []):
            for a in e._attrs.values():
                if a.isId and a.value == id:
                    return e
        return None

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _by_tag_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise NotSupportedErr("cannot import document nodes")
        return _clone(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        prefix, local = _split_qname(name)
        n.nodeName = name
        n.namespaceURI = namespaceURI
        if n.nodeType == Node.ELEMENT_NODE:
            n.tagName = name
            n.prefix, n._local = prefix, local
        else:
            n.name, n._prefix, n._local = name, prefix, local
        return n


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, str):
            features = [tuple(f.split()) + (None,) for f in features.split(",")]
        for f in features:
            if not _implementation.hasFeature(f[0], f[1] if len(f) > 1 else None):
                return None
    return _implementation


class _Builder:
    """Makes a Document from pyexpat's events, as minidom's expat builder does."""

    def __init__(self):
        from xml.parsers import expat
        self.document = Document()
        self.document.implementation = _implementation
        self.current = self.document
        self.pending = []
        self.in_cdata = False
        p = self.parser = expat.ParserCreate(None, " ")
        p.namespace_prefixes = True
        p.buffer_text = True
        p.ordered_attributes = True
        p.XmlDeclHandler = self.xml_decl
        p.StartDoctypeDeclHandler = self.start_doctype
        p.EndDoctypeDeclHandler = self.end_doctype
        p.EntityDeclHandler = self.entity_decl
        p.StartNamespaceDeclHandler = lambda prefix, uri: self.pending.append((prefix, uri))
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = lambda data: self.add(self.document.createComment(data))
        p.ProcessingInstructionHandler = lambda target, data: self.add(
            self.document.createProcessingInstruction(target, data))
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata

    def add(self, node):
        parent = self.current
        kids = parent.childNodes
        if kids:
            kids[-1].nextSibling = node
            node.previousSibling = kids[-1]
        kids.append(node)
        node.parentNode = parent
        node.ownerDocument = self.document

    def xml_decl(self, version, encoding, standalone):
        doc = self.document
        doc.version, doc.encoding = version, encoding
        if standalone >= 0:
            doc.standalone = bool(standalone)

    def start_doctype(self, name, sysid, pubid, has_internal_subset):
        doctype = _implementation.createDocumentType(name, pubid, sysid)
        self.add(doctype)
        self.document.doctype = doctype

    def end_doctype(self):
        doctype = self.document.doctype
        if doctype is not None:
            doctype.internalSubset = getattr(self.parser, "_internal_subset", None)

    def entity_decl(self, name, is_pe, value, base, sysid, pubid, notation):
        if is_pe or self.document.doctype is None:
            return
        entity = Entity(name, pubid, sysid, notation)
        entity.ownerDocument = self.document
        if value is not None:
            t = self.document.createTextNode(value)
            entity.childNodes.append(t)
        self.document.doctype.entities._seq.append(entity)

    @staticmethod
    def names(expanded):
        parts = expanded.split(" ")
        if len(parts) == 1:
            return EMPTY_NAMESPACE, expanded, None, expanded
        if len(parts) == 3:
            return parts[0], "%s:%s" % (parts[2], parts[1]), parts[2], parts[1]
        return parts[0], parts[1], None, parts[1]

    def start(self, name, attrs):
        uri, qname, prefix, local = self.names(name)
        e = Element(qname, uri, prefix, local)
        e.ownerDocument = self.document
        for pre, nsuri in self.pending:
            if pre:
                a = Attr("xmlns:" + pre, XMLNS_NAMESPACE, pre, "xmlns")
            else:
                a = Attr("xmlns", XMLNS_NAMESPACE, "xmlns", None)
            a.value = nsuri or ""
            a.ownerDocument = self.document
            e.setAttributeNode(a)
        self.pending = []
        for i in range(0, len(attrs), 2):
            auri, aq, apre, alocal = self.names(attrs[i])
            a = Attr(aq, auri, alocal, apre)
            a.value = attrs[i + 1]
            a.ownerDocument = self.document
            e.setAttributeNode(a)
        self.add(e)
        self.current = e

    def end(self, name):
        self.current = self.current.parentNode

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_node = None

    def end_cdata(self):
        self.in_cdata = False

    def data(self, text):
        kids = self.current.childNodes
        if self.in_cdata:
            if self.cdata_node is not None:
                self.cdata_node.data += text
                return
            node = self.cdata_node = self.document.createCDATASection(text)
        elif kids and kids[-1].nodeType == Node.TEXT_NODE:
            kids[-1].data += text
            return
        else:
            node = self.document.createTextNode(text)
        if self.current is self.document:
            return
        self.add(node)

    def feed(self, data, final=False):
        self.parser.Parse(data, final)

    def result(self):
        self.parser.Parse(b"", True)
        return self.document


def parse(file, parser=None, bufsize=None):
    """Parse a file into a DOM by filename or file object."""
    builder = _Builder()
    stream = open(file, "rb") if isinstance(file, str) or hasattr(file, "__fspath__") else file
    try:
        while True:
            piece = stream.read(bufsize or (1 << 16))
            if not piece:
                break
            builder.feed(piece)
    finally:
        if stream is not file:
            stream.close()
    return builder.result()


def parseString(string, parser=None):
    """Parse a file into a DOM from a string."""
    builder = _Builder()
    builder.feed(string, True)
    return builder.document


for _cls in (ReadOnlySequentialNamedNodeMap, Identified, DocumentType, Entity, Notation,
             DOMImplementation, Document):
    _cls.__module__ = _MODULE
for _f in (getDOMImplementation, parse, parseString):
    _f.__module__ = _MODULE
