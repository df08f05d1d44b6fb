// Package ceval is gopy's own evaluation loop: it runs the gpython py.Frame objects that
// hold the bytecode gopy's compiler emits (gpython's opcode set, with the compiler's
// runtime helpers called through CALL_FUNCTION), in place of gpython's vm.RunFrame.
//
// # Why an own loop
//
// gpython's loop dispatches every instruction through a table of functions that each take
// a *vm.Vm, allocates a vm.Vm per frame run, and makes every call through py.Call: a Go map
// for keyword arguments, py.Function.M__call__ (a new locals map per call, then
// py.VmEvalCode), a bound method's new argument tuple. Those costs are most of a
// Python-to-Python call. This loop keeps the machine state on the Go stack, decodes and
// dispatches instructions in one switch, and calls Python functions directly (call.go):
// the arguments are bound from the caller's value stack into the callee's frame (a bound
// method's self takes the callable's stack slot, so no tuple is made) and the callee runs
// in a nested Run.
//
// # What it keeps from gpython's loop
//
// The observable behaviour of the frames it runs is the same as with gpython's loop,
// instruction by instruction: the same value stack and block stack in the frame (so
// generators, tracebacks, f_lineno from f.Lasti, frame reuse and the compiler's
// workarounds are untouched), the same unwinding of blocks for exceptions, break,
// continue, return and with/finally, the same exception state for a bare raise (the
// exception handled by an except clause of this run of the frame), the same tracebacks
// (an entry per frame an exception leaves, at the instruction that raised), the same
// error messages. gpython's loop also lets a Go panic through, which the call's hook
// recovers; so does this one.
//
// What is not in the loop belongs to the call hooks of package interp, which this loop
// reaches through Hooks (set by interp): the switch point of the thread model, the
// recursion limit, the per-thread frame stack, frame reuse, finalization points and the
// corrections of compiler.WrapRunFrame.
//
// # Fast paths
//
//   - CALL_FUNCTION of a Python function (or a bound method of one) with positional
//     arguments goes straight to Hooks.Call (call.go), without py.Call.
//   - LOAD_GLOBAL caches what a name resolved to per instruction, valid while neither the
//     globals nor the builtins map changed size or the entry was rebound (globals.go).
//   - Arithmetic and comparisons of two small ints or two floats are computed in the loop
//     (arith.go), with gpython's results.
package ceval
