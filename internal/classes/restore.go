package classes

import "github.com/go-python/gpython/py"

// A class made again in another process of the same program, from its parts, as
// multiprocessing's 'fork' start method hands a class defined in the main module over to
// a child: ClassParts splits the class, RestoreClass makes it there with what a class
// needs when it is made, FillClass adds the rest of its dictionary once the class exists
// (its methods may refer to it). Nothing runs that ran when the class was first made:
// neither __set_name__ nor __init_subclass__.

// creationKeys are the entries of a class's namespace it must be made with.
var creationKeys = []string{"__module__", "__doc__", "__slots__"}

// ClassParts returns what RestoreClass and FillClass need to make t again: the namespace
// to make it with, and the rest of its dictionary, with the wrappers the class statement
// added taken off (FillClass puts them back) and the member descriptors of __slots__ left
// out (RestoreClass makes them again), and the order of its namespace (ClassKeys).
func ClassParts(t *py.Type) (creation, rest py.StringDict, order []string) {
	creation, rest = py.StringDict{}, py.StringDict{}
	for k, v := range t.Dict {
		switch x := v.(type) {
		case *slotDescr:
			if x.owner == t {
				continue
			}
		case *typeGuard:
			v = x.fn
		}
		rest[k] = v
	}
	for _, k := range creationKeys {
		if v, ok := rest[k]; ok {
			creation[k] = v
			delete(rest, k)
		}
	}
	creation["__qualname__"] = py.String(typeQualname(t))
	return creation, rest, ClassKeys(t)
}

// RestoreClass makes a class as type.__new__(meta, name, bases, ns) does, without calling
// __set_name__ or __init_subclass__.
func RestoreClass(meta *py.Type, name string, bases py.Tuple, ns py.StringDict) (*py.Type, error) {
	return makeClass(meta, name, bases, ns)
}

// FillClass adds the rest of a restored class's dictionary and gives its namespace the
// order it had (see ClassParts).
func FillClass(t *py.Type, rest py.StringDict, order []string) {
	defer TypeChanged()
	for k, v := range rest {
		t.Dict[k] = v
		switch x := v.(type) {
		case *Property:
			x.name = k
		}
		if k == "__abstractmethods__" {
			setAbstract(t, v)
		}
	}
	guardClassDunders(t)
	setClassOrder(t, order)
}
