// Package symtable computes the scopes of a Python 3.11 module as CPython's symtable.c
// does: which names each block (module, class, function, lambda, comprehension) defines,
// uses, declares global or nonlocal, and whether each name is local, global (explicit or
// implicit), free or a cell, including the __class__ cell of methods that use super or
// __class__, the binding of assignment expressions in comprehensions in the enclosing
// function, and the SyntaxErrors CPython's symbol table raises, with its messages and
// locations.
//
// Build makes two passes, as CPython: the first walks the tree and records for every
// block a Table with the flags of each name (DefLocal, Use, DefParam ...); the second
// (analyze.go) resolves scopes from the module down, passing to each child the names
// bound by its enclosing functions, and turns locals that children use into cells. The
// flags of a name, with its scope in the bits above ScopeOffset, are those of CPython's
// _symtable, so the Python symtable module can be a view of a Table.
package symtable
