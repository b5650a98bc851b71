//! The interpreter loop.
//!
//! [`Vm::run_frame`] runs the top frame (pushed as an entry frame) until it returns. Calls
//! between Python functions push and pop frame records inside the loop without recursing in
//! Rust; builtins run as plain Rust calls, and a builtin that calls Python code (a key
//! function, `__repr__`) re-enters `run_frame` with a new entry frame.
//!
//! The loop keeps the hot state in locals: the code units, the program counter, the stack
//! pointer and the slots pointer. It writes `pc`, `sp` and `lasti` back to the frame record
//! before anything that may look at the frame from outside (a call, an error).

use super::frame::Frame;
use super::generator::Resumed;
use super::spec_attr;
use super::spec_call;
use super::spec_seq;
use super::specialize::{self, Family, Reason};
use super::{Cls, PyResult, Raised, Vm};
use crate::bytecode::{BinaryOp, CompareOp, Opcode, decode};
use crate::compile::code_flags;
use crate::counter::Counter;
use crate::object::{
    CellObj, CodeObj, DictObj, Gc, Kind, ListObj, RangeIterObj, SeqIterObj, StrObj, TupleObj,
    ValueBuf,
};
use crate::value::Value;

/// `match` on a result: the value, or leave the dispatch loop with the error.
macro_rules! tri {
    ($label:lifetime, $e:expr) => {
        match $e {
            Ok(value) => value,
            Err(err) => break $label err,
        }
    };
}

/// The running frame's hot state.
pub(super) struct Regs {
    pub(super) frame: *mut Frame,
    pub(super) code: Gc<CodeObj>,
    units: *mut u32,
    pub(super) pc: usize,
    stack: *mut Value,
    pub(super) sp: usize,
    slots: usize,
}

impl Regs {
    /// Loads the state of `frame`.
    pub(super) fn load(frame: *mut Frame, stack: *mut Value) -> Regs {
        // SAFETY: `frame` is an active record (the caller got it from push_frame or top_frame).
        let record = unsafe { *frame };
        Regs {
            frame,
            code: record.code,
            units: record.code.units.data_ptr().cast::<u32>(),
            pc: record.pc,
            stack,
            sp: record.sp,
            slots: record.base,
        }
    }

    /// Writes `pc`, `sp` and `lasti` back to the frame record.
    #[inline]
    pub(super) fn save(&self, lasti: usize) {
        // SAFETY: `self.frame` is the active record this state was loaded from.
        unsafe {
            (*self.frame).pc = self.pc;
            (*self.frame).sp = self.sp;
            (*self.frame).lasti = lasti;
        }
    }

    #[inline]
    pub(super) fn push(&mut self, value: Value) {
        // SAFETY: the compiler sized the frame's stack (stack_size) and push_frame checked
        // that base + slots + stack_size fits in the value stack.
        unsafe { self.stack.add(self.sp).write(value) };
        self.sp += 1;
    }

    #[inline]
    pub(super) fn pop(&mut self) -> Value {
        debug_assert!(self.sp > 0);
        self.sp -= 1;
        // SAFETY: the compiler's stack discipline never pops below the frame's stack start,
        // which lies inside the value stack.
        unsafe { read_value(self.stack.add(self.sp)) }
    }

    /// The `n`-th item from the top (1 = top).
    #[inline]
    pub(super) fn peek(&self, n: usize) -> Value {
        // SAFETY: as for `pop`: the instruction's stack effect says `n` items are there.
        unsafe { read_value(self.stack.add(self.sp - n)) }
    }

    /// The two ints on top (second, top), read in place without copying the values.
    #[inline(always)]
    pub(super) fn peek_two_ints(&self) -> Option<(i64, i64)> {
        self.peek_two_words(crate::value::tag::INT)
            .map(|(a, b)| (a as i64, b as i64))
    }

    /// The two floats on top (second, top), read in place.
    #[inline(always)]
    pub(super) fn peek_two_floats(&self) -> Option<(f64, f64)> {
        self.peek_two_words(crate::value::tag::FLOAT)
            .map(|(a, b)| (f64::from_bits(a), f64::from_bits(b)))
    }

    /// The payload words of the two top values when both have the tag `tag` (INT or FLOAT).
    #[inline(always)]
    fn peek_two_words(&self, tag: u64) -> Option<(u64, u64)> {
        // SAFETY: the instruction's stack effect says two values are there; a Value is a tag
        // word then a payload word (`repr(C, u64)`), and the payload of an Int or a Float is
        // a fully initialized 8-byte word, read only after its tag was checked.
        unsafe {
            let second = self.stack.add(self.sp - 2).cast::<u64>();
            let top = self.stack.add(self.sp - 1).cast::<u64>();
            if second.read() == tag && top.read() == tag {
                Some((second.add(1).read(), top.add(1).read()))
            } else {
                None
            }
        }
    }

    #[inline]
    pub(super) fn poke(&mut self, n: usize, value: Value) {
        // SAFETY: as for `peek`.
        unsafe { self.stack.add(self.sp - n).write(value) };
    }

    #[inline]
    pub(super) fn local(&self, index: usize) -> Value {
        // SAFETY: the compiler only emits slot indices below the code's slot count, and the
        // frame's slots lie inside the value stack.
        unsafe { read_value(self.stack.add(self.slots + index)) }
    }

    #[inline]
    pub(super) fn set_local(&mut self, index: usize, value: Value) {
        // SAFETY: as for `local`.
        unsafe { self.stack.add(self.slots + index).write(value) };
    }

    /// The values from stack index `start` to the top.
    #[inline]
    pub(super) fn slice_from(&self, start: usize) -> &'static [Value] {
        // SAFETY: start..sp are initialized cells of the value stack, which lives as long as
        // the VM; callers use the slice before anything overwrites those cells.
        unsafe { core::slice::from_raw_parts(self.stack.add(start), self.sp - start) }
    }

    /// The instruction at `lasti`, for its inline caches.
    #[inline(always)]
    fn site(&self, lasti: usize) -> Site {
        // SAFETY: lasti is an instruction unit of this code, so the pointer stays inside the
        // code units.
        Site(unsafe { self.units.add(lasti) })
    }

    /// Cache unit `index` of the instruction at `lasti`.
    #[inline(always)]
    fn cache(&self, lasti: usize, index: usize) -> u32 {
        self.site(lasti).cache(index)
    }

    /// The adaptive counter of the instruction at `lasti`.
    #[inline(always)]
    fn counter(&self, lasti: usize) -> Counter {
        self.site(lasti).counter()
    }

    #[inline(always)]
    fn set_counter(&self, lasti: usize, counter: Counter) {
        self.site(lasti).set_counter(counter);
    }

    #[inline(always)]
    fn record_branch(&self, lasti: usize, taken: bool) {
        self.site(lasti).record_branch(taken);
    }

    #[inline(always)]
    fn rewrite(&self, lasti: usize, opcode: Opcode, counter: Counter) {
        self.site(lasti).rewrite(opcode, counter);
    }

    /// Pushes `items` last first (an unpacked sequence: the first item ends on top).
    #[inline(always)]
    pub(super) fn push_reversed(&mut self, items: &[Value]) {
        for &item in items.iter().rev() {
            self.push(item);
        }
    }

    /// Ends a `FOR_ITER` (caches ending at `self.pc`): pushes the next item, or pops the
    /// exhausted iterator and jumps `distance` past the loop; records the branch either way.
    #[inline(always)]
    fn for_iter_step(&mut self, lasti: usize, next: Option<Value>, distance: usize) {
        self.record_branch(lasti, next.is_none());
        match next {
            Some(value) => self.push(value),
            None => {
                self.pop();
                self.pc += distance;
            }
        }
    }

    /// Takes or skips a conditional jump whose caches end at `self.pc`, recording it.
    #[inline(always)]
    fn branch(&mut self, lasti: usize, taken: bool, distance: usize) {
        self.record_branch(lasti, taken);
        if taken {
            self.pc += distance;
        }
    }

    #[inline]
    fn fetch(&mut self) -> (u8, u32) {
        // SAFETY: the compiler ends every code object with a terminator, so pc stays inside
        // the code units.
        let unit = unsafe { self.units.add(self.pc).read() };
        self.pc += 1;
        decode(unit)
    }
}

/// Reads the value at `at` as two 8-byte words.
///
/// A plain 16-byte read makes the compiler load the value into a vector register and spill it
/// to the stack to look at its tag; two word loads keep the tag and the payload in general
/// registers, and a word load never misses store forwarding, whichever way the value was
/// written.
///
/// # Safety
/// `at` must point to an initialized `Value`.
#[inline(always)]
unsafe fn read_value(at: *const Value) -> Value {
    let words = at.cast::<core::mem::MaybeUninit<u64>>();
    // SAFETY: a Value is two 8-byte words (`repr(C, u64)`); reading them as `MaybeUninit`
    // words is sound even where the payload has padding (a `Bool`), and the two words
    // together are the bytes of the initialized Value the caller promises.
    unsafe {
        core::mem::transmute::<[core::mem::MaybeUninit<u64>; 2], Value>([
            words.read(),
            words.add(1).read(),
        ])
    }
}

/// One instruction of the running code, by address: its code unit and the inline cache
/// units right after it. A plain pointer, so the cold paths that read or rewrite an
/// instruction take it by value and the loop's registers never have their address taken.
#[derive(Clone, Copy)]
pub(super) struct Site(pub(super) *mut u32);

impl Site {
    /// Cache unit `index`.
    #[inline(always)]
    pub(super) fn cache(self, index: usize) -> u32 {
        // SAFETY: the compiler reserved the opcode's cache units right after it, inside the
        // code units; callers pass an index below the opcode's cache count.
        unsafe { self.0.add(1 + index).read() }
    }

    #[inline(always)]
    fn set_cache(self, index: usize, value: u32) {
        // SAFETY: as for `cache`. The units live in the code object's buffer in the arena,
        // which nothing else borrows while the loop runs (quickening writes it in place).
        unsafe { self.0.add(1 + index).write(value) };
    }

    /// The adaptive counter (low half of the first cache unit).
    #[inline(always)]
    pub(super) fn counter(self) -> Counter {
        Counter::from_bits(self.cache(0) as u16)
    }

    #[inline(always)]
    fn set_counter(self, counter: Counter) {
        let unit = self.cache(0);
        self.set_cache(0, (unit & 0xFFFF_0000) | u32::from(counter.to_bits()));
    }

    /// Shifts a conditional jump's outcome into its branch history (high half of its first
    /// cache unit): 1 for taken.
    #[inline(always)]
    fn record_branch(self, taken: bool) {
        let unit = self.cache(0);
        self.set_cache(
            0,
            (unit << 1 & 0xFFFE_0000) | (u32::from(taken) << 16) | (unit & 0xFFFF),
        );
    }

    /// Rewrites the instruction into `opcode` (same argument and caches) and sets its
    /// counter.
    #[inline]
    fn rewrite(self, opcode: Opcode, counter: Counter) {
        // SAFETY: the site is an instruction unit of live code.
        unsafe {
            let unit = self.0.read();
            self.0.write((unit & !0xFF) | opcode as u32);
        }
        self.set_counter(counter);
    }
}

/// What a call instruction did.
pub(crate) enum CallOutcome {
    /// The result is ready.
    Value(Value),
    /// A Python frame was pushed; the loop continues in it.
    Frame,
}

impl Vm<'_> {
    /// Runs the top frame, which must be an entry frame, until it returns.
    pub(crate) fn run_frame(&mut self) -> PyResult<Value> {
        let stack = self.stack_ptr();
        let mut r = Regs::load(self.top_frame(), stack);
        // Set by `RERAISE` for the unwinding that follows.
        let mut reraise = false;
        // `generator.throw`: the frame starts by raising at the `yield` it stopped at.
        let mut throwing = core::mem::take(&mut self.throw_pending);
        loop {
            let mut lasti;
            let err: Raised = if core::mem::take(&mut throwing) {
                // SAFETY: r.frame is the active record.
                lasti = unsafe { (*r.frame).lasti };
                Raised
            } else {
                'dispatch: loop {
                    lasti = r.pc;
                    if self.tracing.active {
                        r.save(lasti);
                        self.trace_hook(lasti);
                    }
                    let (op, arg) = r.fetch();
                    let Some(opcode) = Opcode::from_u8(op) else {
                        break 'dispatch self
                            .raise_msg(Cls::SystemError, format_args!("bad opcode {op}"));
                    };
                    let arg_usize = arg as usize;
                    match opcode {
                        Opcode::NOP => {}
                        Opcode::POP_TOP => {
                            r.pop();
                        }
                        Opcode::PUSH_NULL => r.push(Value::Null),
                        Opcode::COPY => {
                            let value = r.peek(arg_usize);
                            r.push(value);
                        }
                        Opcode::SWAP => {
                            let top = r.peek(1);
                            let other = r.peek(arg_usize);
                            r.poke(1, other);
                            r.poke(arg_usize, top);
                        }
                        Opcode::LOAD_CONST => {
                            let value = r.code.consts.items()[arg_usize];
                            r.push(value);
                        }
                        Opcode::LOAD_FAST => {
                            let value = r.local(arg_usize);
                            if value.is_null() {
                                r.save(lasti);
                                break 'dispatch self.unbound_local(r.code, arg);
                            }
                            r.push(value);
                        }
                        Opcode::STORE_FAST => {
                            let value = r.pop();
                            r.set_local(arg_usize, value);
                        }
                        Opcode::DELETE_FAST => {
                            if r.local(arg_usize).is_null() {
                                r.save(lasti);
                                break 'dispatch self.unbound_local(r.code, arg);
                            }
                            r.set_local(arg_usize, Value::Null);
                        }
                        Opcode::LOAD_DEREF => {
                            let cell = self.cell_in(r.local(arg_usize));
                            let value = cell.value.get();
                            if value.is_null() {
                                r.save(lasti);
                                break 'dispatch self.unbound_deref(r.code, arg);
                            }
                            r.push(value);
                        }
                        Opcode::STORE_DEREF => {
                            let value = r.pop();
                            self.cell_in(r.local(arg_usize)).value.set(value);
                        }
                        Opcode::DELETE_DEREF => {
                            let cell = self.cell_in(r.local(arg_usize));
                            if cell.value.get().is_null() {
                                r.save(lasti);
                                break 'dispatch self.unbound_deref(r.code, arg);
                            }
                            cell.value.set(Value::Null);
                        }
                        Opcode::LOAD_CLOSURE => {
                            let cell = r.local(arg_usize);
                            r.push(cell);
                        }
                        Opcode::LOAD_GLOBAL => {
                            r.pc = lasti + 7;
                            // SAFETY: r.frame is the active record.
                            let globals = unsafe { (*r.frame).globals };
                            let name = self.code_name(r.code, arg);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let decision = self.specialize_load_global(globals, name);
                                if self.adapt(
                                    r.site(lasti),
                                    Family::LoadGlobal,
                                    Opcode::LOAD_GLOBAL,
                                    counter,
                                    decision,
                                ) {
                                    r.pc = lasti;
                                    continue 'dispatch;
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let value = tri!('dispatch, self.load_global(globals, name));
                            r.push(value);
                        }
                        Opcode::STORE_GLOBAL => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let globals = unsafe { (*r.frame).globals };
                            let name = self.code_name(r.code, arg);
                            let value = r.peek(1);
                            tri!('dispatch, self.dict_set(globals, name.value(), value));
                            r.pop();
                        }
                        Opcode::DELETE_GLOBAL => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let globals = unsafe { (*r.frame).globals };
                            let name = self.code_name(r.code, arg);
                            if !tri!('dispatch, self.dict_del(globals, name.value())) {
                                break 'dispatch self.name_error(name);
                            }
                        }
                        Opcode::LOAD_NAME => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let (globals, locals) =
                                unsafe { ((*r.frame).globals, (*r.frame).locals) };
                            let name = self.code_name(r.code, arg);
                            let value = tri!('dispatch, self.load_name(locals, globals, name));
                            r.push(value);
                        }
                        Opcode::STORE_NAME => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let (globals, locals) =
                                unsafe { ((*r.frame).globals, (*r.frame).locals) };
                            let name = self.code_name(r.code, arg);
                            let target = self.namespace_of(locals, globals);
                            let value = r.peek(1);
                            tri!('dispatch, self.dict_set(target, name.value(), value));
                            r.pop();
                        }
                        Opcode::DELETE_NAME => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let (globals, locals) =
                                unsafe { ((*r.frame).globals, (*r.frame).locals) };
                            let name = self.code_name(r.code, arg);
                            let target = self.namespace_of(locals, globals);
                            if !tri!('dispatch, self.dict_del(target, name.value())) {
                                break 'dispatch self.name_error(name);
                            }
                        }
                        Opcode::LOAD_ATTR => {
                            r.pc = lasti + 9;
                            let name = self.code_name(r.code, arg);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let decision = self.specialize_load_attr(r.peek(1), name);
                                if self.adapt(
                                    r.site(lasti),
                                    Family::LoadAttr,
                                    Opcode::LOAD_ATTR,
                                    counter,
                                    decision,
                                ) {
                                    r.pc = lasti;
                                    continue 'dispatch;
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let value = tri!('dispatch, self.get_attr(r.peek(1), name));
                            r.poke(1, value);
                        }
                        Opcode::LOAD_METHOD => {
                            r.pc = lasti + 9;
                            let name = self.code_name(r.code, arg);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let decision = self.specialize_load_method(r.peek(1), name);
                                if self.adapt(
                                    r.site(lasti),
                                    Family::LoadMethod,
                                    Opcode::LOAD_METHOD,
                                    counter,
                                    decision,
                                ) {
                                    r.pc = lasti;
                                    continue 'dispatch;
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let (callable, receiver) =
                                tri!('dispatch, self.load_method(r.peek(1), name));
                            r.poke(1, callable);
                            r.push(receiver);
                        }
                        Opcode::STORE_ATTR => {
                            r.pc = lasti + 5;
                            let name = self.code_name(r.code, arg);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let decision = self.specialize_store_attr(r.peek(1), name);
                                if self.adapt(
                                    r.site(lasti),
                                    Family::StoreAttr,
                                    Opcode::STORE_ATTR,
                                    counter,
                                    decision,
                                ) {
                                    r.pc = lasti;
                                    continue 'dispatch;
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let (obj, value) = (r.peek(1), r.peek(2));
                            tri!('dispatch, self.set_attr(obj, name, value));
                            r.pop();
                            r.pop();
                        }
                        Opcode::DELETE_ATTR => {
                            r.save(lasti);
                            let name = self.code_name(r.code, arg);
                            tri!('dispatch, self.del_attr(r.peek(1), name));
                            r.pop();
                        }
                        Opcode::UNARY_NEGATIVE => {
                            r.save(lasti);
                            let value = tri!('dispatch, self.negate(r.peek(1)));
                            r.poke(1, value);
                        }
                        Opcode::UNARY_POSITIVE => {
                            r.save(lasti);
                            let value = tri!('dispatch, self.positive(r.peek(1)));
                            r.poke(1, value);
                        }
                        Opcode::UNARY_NOT => {
                            r.save(lasti);
                            let truth = tri!('dispatch, self.truthy(r.peek(1)));
                            r.poke(1, Value::Bool(!truth));
                        }
                        Opcode::UNARY_INVERT => {
                            r.save(lasti);
                            let value = tri!('dispatch, self.invert(r.peek(1)));
                            r.poke(1, value);
                        }
                        Opcode::BINARY_OP => {
                            r.pc = lasti + 2;
                            let (lhs, rhs) = (r.peek(2), r.peek(1));
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match specialize::binary_op(arg, lhs, rhs) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::BinaryOp, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::BinaryOp, Err(reason));
                                        r.rewrite(lasti, Opcode::BINARY_OP, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            let value = match binary_fast_path(arg, lhs, rhs) {
                                Some(value) => value,
                                None => {
                                    r.save(lasti);
                                    tri!('dispatch, self.binary_generic(arg, lhs, rhs))
                                }
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::COMPARE_OP => {
                            r.pc = lasti + 2;
                            let (lhs, rhs) = (r.peek(2), r.peek(1));
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let (next, _) = decode(r.cache(lasti, 1));
                                match specialize::compare_op(lhs, rhs, Opcode::from_u8(next)) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::CompareOp, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::CompareOp, Err(reason));
                                        r.rewrite(lasti, Opcode::COMPARE_OP, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let value = tri!('dispatch, self.compare_generic(arg, lhs, rhs));
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::IS_OP => {
                            let rhs = r.pop();
                            let lhs = r.peek(1);
                            r.poke(1, Value::Bool(lhs.is(rhs) != (arg == 1)));
                        }
                        Opcode::CONTAINS_OP => {
                            r.save(lasti);
                            let (item, container) = (r.peek(2), r.peek(1));
                            let found = tri!('dispatch, self.contains(container, item));
                            r.pop();
                            r.poke(1, Value::Bool(found != (arg == 1)));
                        }
                        Opcode::BINARY_SUBSCR => {
                            r.pc = lasti + 2;
                            let (container, key) = (r.peek(2), r.peek(1));
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match spec_seq::binary_subscr(container, key) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::BinarySubscr, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::BinarySubscr, Err(reason));
                                        r.rewrite(lasti, Opcode::BINARY_SUBSCR, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            let value = match list_cell(container, key) {
                                Some(cell) => cell.get(),
                                None => {
                                    r.save(lasti);
                                    tri!('dispatch, self.get_item(container, key))
                                }
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::STORE_SUBSCR => {
                            r.pc = lasti + 2;
                            let (value, container, key) = (r.peek(3), r.peek(2), r.peek(1));
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match spec_seq::store_subscr(container, key) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::StoreSubscr, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::StoreSubscr, Err(reason));
                                        r.rewrite(lasti, Opcode::STORE_SUBSCR, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            match list_cell(container, key) {
                                Some(cell) => cell.set(value),
                                None => {
                                    r.save(lasti);
                                    tri!('dispatch, self.set_item(container, key, value));
                                }
                            }
                            r.sp -= 3;
                        }
                        Opcode::DELETE_SUBSCR => {
                            r.save(lasti);
                            let (container, key) = (r.peek(2), r.peek(1));
                            tri!('dispatch, self.del_item(container, key));
                            r.sp -= 2;
                        }
                        Opcode::BUILD_SLICE => {
                            r.save(lasti);
                            let step = if arg == 3 { r.pop() } else { Value::None };
                            let (start, stop) = (r.peek(2), r.peek(1));
                            let slice = tri!('dispatch, self.new_slice(start, stop, step));
                            r.pop();
                            r.poke(1, slice.value());
                        }
                        Opcode::BUILD_TUPLE => {
                            r.save(lasti);
                            let start = r.sp - arg_usize;
                            let tuple = tri!('dispatch, self.new_tuple(r.slice_from(start)));
                            r.sp = start;
                            r.push(tuple.value());
                        }
                        Opcode::BUILD_LIST => {
                            r.save(lasti);
                            let start = r.sp - arg_usize;
                            let list = tri!('dispatch, self.new_list(r.slice_from(start)));
                            r.sp = start;
                            r.push(list.value());
                        }
                        Opcode::BUILD_MAP => {
                            r.save(lasti);
                            let start = r.sp - 2 * arg_usize;
                            let dict = tri!('dispatch, self.new_dict());
                            let items = r.slice_from(start);
                            for pair in items.chunks_exact(2) {
                                tri!('dispatch, self.dict_set_item(dict, pair[0], pair[1]));
                            }
                            r.sp = start;
                            r.push(dict.value());
                        }
                        Opcode::BUILD_STRING => {
                            r.save(lasti);
                            let start = r.sp - arg_usize;
                            let s = tri!('dispatch, self.concat_strs(r.slice_from(start)));
                            r.sp = start;
                            r.push(s.value());
                        }
                        Opcode::LIST_APPEND => {
                            r.save(lasti);
                            let item = r.pop();
                            let list = self.expect_list(r.peek(arg_usize));
                            tri!('dispatch, self.list_append(list, item));
                        }
                        Opcode::LIST_EXTEND => {
                            r.save(lasti);
                            let iterable = r.peek(1);
                            let list = self.expect_list(r.peek(arg_usize + 1));
                            tri!('dispatch, self.list_extend(list, iterable));
                            r.pop();
                        }
                        Opcode::MAP_ADD => {
                            r.save(lasti);
                            let (key, value) = (r.peek(2), r.peek(1));
                            let dict = self.expect_dict(r.peek(arg_usize + 2));
                            tri!('dispatch, self.dict_set_item(dict, key, value));
                            r.sp -= 2;
                        }
                        Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                            r.save(lasti);
                            let other = r.peek(1);
                            let dict = self.expect_dict(r.peek(arg_usize + 1));
                            tri!('dispatch, self.dict_update(dict, other, opcode == Opcode::DICT_MERGE));
                            r.pop();
                        }
                        Opcode::LIST_TO_TUPLE => {
                            r.save(lasti);
                            let list = self.expect_list(r.peek(1));
                            let tuple = tri!('dispatch, self.list_to_tuple(list));
                            r.poke(1, tuple.value());
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            r.pc = lasti + 2;
                            let seq = r.peek(1);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match spec_seq::unpack_sequence(seq, arg) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::UnpackSequence, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::UnpackSequence, Err(reason));
                                        r.rewrite(
                                            lasti,
                                            Opcode::UNPACK_SEQUENCE,
                                            counter.back_off(),
                                        );
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let items = tri!('dispatch, self.unpack_items(seq, arg_usize));
                            r.pop();
                            // Push in reverse so the first item ends on top.
                            for &item in items.iter().rev() {
                                r.push(item);
                            }
                        }
                        Opcode::UNPACK_EX => {
                            r.save(lasti);
                            let seq = r.pop();
                            let (before, after) = (arg_usize & 0xff, arg_usize >> 8);
                            let items = tri!('dispatch, self.unpack_ex(seq, before, after));
                            for index in (0..before + after + 1).rev() {
                                r.push(items.items()[index]);
                            }
                        }
                        Opcode::JUMP_FORWARD => r.pc += arg_usize,
                        Opcode::JUMP_BACKWARD => {
                            r.pc = lasti + 2 - arg_usize;
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let outcome = self.enter_tier2(r.code, lasti);
                                self.stats.attempt(Family::JumpBackward, outcome);
                                r.set_counter(lasti, counter.back_off());
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                        }
                        Opcode::ENTER_EXECUTOR => {
                            r.pc = lasti + 2 - arg_usize;
                            // While a trace is recorded this is a plain backward jump.
                            if !self.tracing.active {
                                let index = (r.cache(lasti, 0) >> 16) as usize;
                                r.save(lasti);
                                match self.run_executor(index.wrapping_sub(1)) {
                                    Ok(true) => r = Regs::load(self.top_frame(), stack),
                                    Ok(false) => {
                                        // Invalidated: a plain `JUMP_BACKWARD` again, its
                                        // counter backing off before the loop is retraced;
                                        // the executor and its side traces are freed (by
                                        // the next collection if one of them runs).
                                        self.drop_executor_chain(index.wrapping_sub(1));
                                        let counter = r.counter(lasti).back_off();
                                        r.site(lasti).set_cache(0, u32::from(counter.to_bits()));
                                        r.rewrite(lasti, Opcode::JUMP_BACKWARD, counter);
                                    }
                                    Err(err) => {
                                        r = Regs::load(self.top_frame(), stack);
                                        // SAFETY: r.frame is the active record.
                                        lasti = unsafe { (*r.frame).lasti };
                                        break 'dispatch err;
                                    }
                                }
                            }
                        }
                        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                            r.pc = lasti + 2;
                            let value = r.peek(1);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match specialize::to_bool(opcode, value) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::ToBool, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::ToBool, Err(reason));
                                        r.rewrite(lasti, opcode, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.pop();
                            let truth = match value {
                                Value::Bool(b) => b,
                                _ => {
                                    r.save(lasti);
                                    tri!('dispatch, self.truthy(value))
                                }
                            };
                            r.branch(
                                lasti,
                                truth == (opcode == Opcode::POP_JUMP_IF_TRUE),
                                arg_usize,
                            );
                        }
                        Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                            r.pc = lasti + 2;
                            let is_none = matches!(r.pop(), Value::None);
                            r.branch(
                                lasti,
                                is_none == (opcode == Opcode::POP_JUMP_IF_NONE),
                                arg_usize,
                            );
                        }
                        Opcode::GET_ITER => {
                            r.save(lasti);
                            let iter = tri!('dispatch, self.get_iter(r.peek(1)));
                            if arg == 1 {
                                self.claim_for_loop(iter);
                            }
                            r.poke(1, iter);
                        }
                        Opcode::POP_ITER => {
                            let iter = r.pop();
                            r.save(lasti);
                            self.release_loop_iterator(iter);
                        }
                        Opcode::FOR_ITER => {
                            r.pc = lasti + 2;
                            let iter = r.peek(1);
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                match spec_seq::for_iter(iter) {
                                    Ok(form) => {
                                        self.stats.attempt(Family::ForIter, Ok(()));
                                        r.rewrite(lasti, form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::ForIter, Err(reason));
                                        r.rewrite(lasti, Opcode::FOR_ITER, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            let next = tri!('dispatch, self.iter_next(iter));
                            r.for_iter_step(lasti, next, arg_usize);
                        }
                        Opcode::RETURN_VALUE => {
                            let result = r.pop();
                            // SAFETY: r.frame is the active record.
                            let record = unsafe { *r.frame };
                            self.pop_frame();
                            if record.entry {
                                return Ok(result);
                            }
                            r = Regs::load(self.top_frame(), stack);
                            if record.init {
                                if !matches!(result, Value::None) {
                                    // The error belongs to the caller's call instruction.
                                    // SAFETY: r.frame is the caller's active record.
                                    lasti = unsafe { (*r.frame).lasti };
                                    r.save(lasti);
                                    break 'dispatch self.raise_msg(
                                        Cls::TypeError,
                                        format_args!(
                                            "__init__() should return None, not '{}'",
                                            self.type_name(result)
                                        ),
                                    );
                                }
                                // The instance waits in the callable's cell, where the result goes.
                                // SAFETY: the caller's sp (saved at the call) is the callable cell.
                                let instance = unsafe { stack.add(r.sp).read() };
                                r.push(instance);
                            } else {
                                r.push(result);
                            }
                        }
                        Opcode::MAKE_FUNCTION => {
                            r.save(lasti);
                            // SAFETY: r.frame is the active record.
                            let globals = unsafe { (*r.frame).globals };
                            let code_value = r.pop();
                            let closure = if arg & 0x08 != 0 {
                                r.pop()
                            } else {
                                Value::Null
                            };
                            let kwdefaults = if arg & 0x02 != 0 {
                                r.pop()
                            } else {
                                Value::Null
                            };
                            let defaults = if arg & 0x01 != 0 {
                                r.pop()
                            } else {
                                Value::Null
                            };
                            let Some(code) =
                                code_value.as_obj().and_then(|o| o.downcast::<CodeObj>())
                            else {
                                break 'dispatch self.raise_msg(
                                    Cls::SystemError,
                                    format_args!("MAKE_FUNCTION without code"),
                                );
                            };
                            let module = tri!('dispatch, self.dict_get(globals, self.name(super::Name::__name__).value()));
                            let func = tri!('dispatch, self.new_function(code, globals, defaults, kwdefaults, closure, module.unwrap_or(Value::Null)));
                            r.push(func.value());
                        }
                        Opcode::CALL => {
                            r.pc = lasti + 5;
                            let callable_at = r.sp - arg_usize - 2;
                            let counter = r.counter(lasti);
                            if counter.triggers() {
                                let (callable, self_or_null) =
                                    (r.peek(arg_usize + 2), r.peek(arg_usize + 1));
                                let polymorphic = r.cache(lasti, 0) & spec_call::POLYMORPHIC != 0;
                                match self.specialize_call(
                                    callable,
                                    self_or_null,
                                    arg_usize,
                                    polymorphic,
                                ) {
                                    Ok(spec) => {
                                        self.stats.attempt(Family::Call, Ok(()));
                                        let (low, high) = spec_call::split_pointer(spec.pointer);
                                        r.site(lasti).set_cache(1, spec.version);
                                        r.site(lasti).set_cache(2, low);
                                        r.site(lasti).set_cache(3, high);
                                        r.rewrite(lasti, spec.form, Counter::cooldown());
                                        r.pc = lasti;
                                        continue 'dispatch;
                                    }
                                    Err(reason) => {
                                        self.stats.attempt(Family::Call, Err(reason));
                                        r.rewrite(lasti, Opcode::CALL, counter.back_off());
                                    }
                                }
                            } else {
                                r.set_counter(lasti, counter.tick());
                            }
                            r.save(lasti);
                            match tri!('dispatch, self.call_generic(r.frame, callable_at, arg_usize))
                            {
                                Some(value) => {
                                    r.sp = callable_at;
                                    r.push(value);
                                }
                                None => r = Regs::load(self.top_frame(), stack),
                            }
                        }
                        Opcode::CALL_KW => {
                            r.pc = lasti + 1;
                            let kw_names = r.pop().as_obj().and_then(|o| o.downcast::<TupleObj>());
                            let callable_at = r.sp - arg_usize - 2;
                            r.save(lasti);
                            let outcome = tri!('dispatch, self.call_from_stack(callable_at, arg_usize, kw_names));
                            match outcome {
                                CallOutcome::Value(value) => {
                                    r.sp = callable_at;
                                    r.push(value);
                                }
                                CallOutcome::Frame => {
                                    // The caller resumes after the call with the result where the
                                    // callable was.
                                    // SAFETY: r.frame is still the caller's record.
                                    unsafe { (*r.frame).sp = callable_at };
                                    r = Regs::load(self.top_frame(), stack);
                                }
                            }
                        }
                        Opcode::CALL_FUNCTION_EX => {
                            r.save(lasti);
                            let kwargs = if arg & 1 != 0 { r.pop() } else { Value::Null };
                            let args = r.pop();
                            let receiver = r.pop();
                            let callable = r.pop();
                            let value =
                                tri!('dispatch, self.call_ex(callable, receiver, args, kwargs));
                            r.push(value);
                        }
                        Opcode::LOAD_BUILD_CLASS => {
                            let value = tri!('dispatch, self.builtin_value("__build_class__"));
                            r.push(value);
                        }
                        Opcode::IMPORT_NAME => {
                            r.save(lasti);
                            let name = self.code_name(r.code, arg);
                            let fromlist = r.pop();
                            r.pop();
                            let module = tri!('dispatch, self.import_module(name, fromlist));
                            r.push(module);
                        }
                        Opcode::IMPORT_FROM => {
                            r.save(lasti);
                            let name = self.code_name(r.code, arg);
                            let value = tri!('dispatch, self.import_from(r.peek(1), name));
                            r.push(value);
                        }
                        Opcode::RAISE_VARARGS => {
                            r.save(lasti);
                            let cause = if arg >= 2 { r.pop() } else { Value::Null };
                            let exc = if arg >= 1 { r.pop() } else { Value::Null };
                            // A bare `raise` continues the handled exception's traceback.
                            reraise = exc.is_null() && self.handled_exception().is_some();
                            break 'dispatch self.do_raise(exc, cause);
                        }
                        Opcode::LOAD_ASSERTION_ERROR => {
                            r.push(self.class(Cls::AssertionError).value());
                        }
                        Opcode::PRINT_EXPR => {
                            r.save(lasti);
                            let value = r.peek(1);
                            tri!('dispatch, self.print_expr(value));
                            r.pop();
                        }
                        Opcode::FORMAT_VALUE => {
                            r.save(lasti);
                            let spec = if arg & 4 != 0 { r.pop() } else { Value::Null };
                            let value = r.peek(1);
                            let text = tri!('dispatch, self.format_field(value, arg & 3, spec));
                            r.poke(1, text.value());
                        }
                        Opcode::PUSH_EXC_INFO => {
                            let exc = r.peek(1);
                            let previous = self.push_exc_info(exc);
                            r.poke(1, previous);
                            r.push(exc);
                        }
                        Opcode::POP_EXCEPT => {
                            let previous = r.pop();
                            self.pop_exc_info(previous);
                        }
                        Opcode::CHECK_EXC_MATCH => {
                            r.save(lasti);
                            let (exc, spec) = (r.peek(2), r.peek(1));
                            let matched = tri!('dispatch, self.exception_matches(exc, spec));
                            r.poke(1, Value::Bool(matched));
                        }
                        Opcode::RERAISE => {
                            // The exception already has this frame in its traceback (added when
                            // it first reached the frame), so unwinding must not add it again.
                            self.exc = r.pop();
                            reraise = true;
                            break 'dispatch Raised;
                        }
                        Opcode::BEFORE_WITH => {
                            r.save(lasti);
                            let (exit, entered) = tri!('dispatch, self.before_with(r.peek(1)));
                            r.poke(1, exit);
                            r.push(entered);
                        }
                        Opcode::WITH_EXCEPT_START => {
                            r.save(lasti);
                            let (exit, exc) = (r.peek(4), r.peek(1));
                            let result = tri!('dispatch, self.with_except_start(exit, exc));
                            r.push(result);
                        }
                        Opcode::YIELD_VALUE => {
                            let value = r.pop();
                            r.save(lasti);
                            self.suspend_generator(r.frame);
                            self.pop_frame();
                            return Ok(value);
                        }
                        Opcode::GET_YIELD_FROM_ITER => {
                            r.save(lasti);
                            let iter = tri!('dispatch, self.yield_from_iter(r.peek(1)));
                            r.poke(1, iter);
                        }
                        Opcode::SEND => {
                            r.pc = lasti + 2;
                            r.save(lasti);
                            let (receiver, value) = (r.peek(2), r.peek(1));
                            match tri!('dispatch, self.send_to(receiver, value)) {
                                Resumed::Yielded(item) => {
                                    r.record_branch(lasti, false);
                                    r.poke(1, item);
                                }
                                Resumed::Returned(result) => {
                                    r.record_branch(lasti, true);
                                    r.pop();
                                    r.poke(1, result);
                                    r.pc += arg_usize;
                                }
                            }
                        }
                        Opcode::BUILD_SET => {
                            r.save(lasti);
                            let start = r.sp - arg_usize;
                            let set = tri!('dispatch, self.new_set(false));
                            for &item in r.slice_from(start) {
                                tri!('dispatch, self.set_add(set, item));
                            }
                            r.sp = start;
                            r.push(set.value());
                        }
                        Opcode::SET_ADD => {
                            r.save(lasti);
                            let item = r.peek(1);
                            let set = self.expect_any_set(r.peek(arg_usize + 1));
                            tri!('dispatch, self.set_add(set, item));
                            r.pop();
                        }
                        Opcode::SET_UPDATE => {
                            r.save(lasti);
                            let iterable = r.peek(1);
                            let set = self.expect_any_set(r.peek(arg_usize + 1));
                            tri!('dispatch, self.set_update(set, iterable));
                            r.pop();
                        }

                        // ---- Specialized forms: binary operators, comparisons, truth tests.
                        // A failed guard counts a miss and runs the generic operation.
                        Opcode::BINARY_OP_ADD_INT
                        | Opcode::BINARY_OP_SUBTRACT_INT
                        | Opcode::BINARY_OP_MULTIPLY_INT
                        | Opcode::BINARY_OP_INT => {
                            r.pc = lasti + 2;
                            let fast = match r.peek_two_ints() {
                                Some((a, b)) => match opcode {
                                    Opcode::BINARY_OP_ADD_INT => a.checked_add(b).map(Value::Int),
                                    Opcode::BINARY_OP_SUBTRACT_INT => {
                                        a.checked_sub(b).map(Value::Int)
                                    }
                                    Opcode::BINARY_OP_MULTIPLY_INT => {
                                        a.checked_mul(b).map(Value::Int)
                                    }
                                    _ => int_fast_path(arg, a, b),
                                }
                                .ok_or(Reason::Overflow),
                                None => Err(Reason::NotInt),
                            };
                            let value = match fast {
                                Ok(value) => {
                                    self.stats.hit(Family::BinaryOp);
                                    value
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::BinaryOp,
                                        reason,
                                        Opcode::BINARY_OP,
                                    );
                                    r.save(lasti);
                                    let (lhs, rhs) = (r.peek(2), r.peek(1));
                                    tri!('dispatch, self.binary_generic(arg, lhs, rhs))
                                }
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_OP_ADD_FLOAT
                        | Opcode::BINARY_OP_SUBTRACT_FLOAT
                        | Opcode::BINARY_OP_MULTIPLY_FLOAT
                        | Opcode::BINARY_OP_FLOAT => {
                            r.pc = lasti + 2;
                            let fast = match r.peek_two_floats() {
                                Some((a, b)) => match opcode {
                                    Opcode::BINARY_OP_ADD_FLOAT => Ok(a + b),
                                    Opcode::BINARY_OP_SUBTRACT_FLOAT => Ok(a - b),
                                    Opcode::BINARY_OP_MULTIPLY_FLOAT => Ok(a * b),
                                    _ if b != 0.0 => Ok(a / b),
                                    _ => Err(Reason::ZeroDivision),
                                },
                                None => Err(Reason::NotFloat),
                            };
                            let value = match fast {
                                Ok(value) => {
                                    self.stats.hit(Family::BinaryOp);
                                    Value::Float(value)
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::BinaryOp,
                                        reason,
                                        Opcode::BINARY_OP,
                                    );
                                    r.save(lasti);
                                    let (lhs, rhs) = (r.peek(2), r.peek(1));
                                    tri!('dispatch, self.binary_generic(arg, lhs, rhs))
                                }
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_OP_MIXED => {
                            r.pc = lasti + 2;
                            let (lhs, rhs) = (r.peek(2), r.peek(1));
                            let fast = match (lhs, rhs) {
                                (Value::Int(a), Value::Float(b)) if fits_float(a) => {
                                    float_fast_path(arg, a as f64, b)
                                }
                                (Value::Float(a), Value::Int(b)) if fits_float(b) => {
                                    float_fast_path(arg, a, b as f64)
                                }
                                _ => None,
                            };
                            let value = match fast {
                                Some(value) => {
                                    self.stats.hit(Family::BinaryOp);
                                    value
                                }
                                None => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::BinaryOp,
                                        Reason::Types,
                                        Opcode::BINARY_OP,
                                    );
                                    r.save(lasti);
                                    tri!('dispatch, self.binary_generic(arg, lhs, rhs))
                                }
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_OP_ADD_STR => {
                            r.pc = lasti + 2;
                            let (lhs, rhs) = (r.peek(2), r.peek(1));
                            r.save(lasti);
                            let value = if specialize::is_str(lhs) && specialize::is_str(rhs) {
                                self.stats.hit(Family::BinaryOp);
                                tri!('dispatch, self.concat_strs(&[lhs, rhs])).value()
                            } else {
                                self.miss(
                                    r.site(lasti),
                                    Family::BinaryOp,
                                    Reason::NotStr,
                                    Opcode::BINARY_OP,
                                );
                                tri!('dispatch, self.binary_generic(arg, lhs, rhs))
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::COMPARE_OP_INT
                        | Opcode::COMPARE_OP_FLOAT
                        | Opcode::COMPARE_OP_STR
                        | Opcode::COMPARE_OP_INT_JUMP
                        | Opcode::COMPARE_OP_FLOAT_JUMP
                        | Opcode::COMPARE_OP_STR_JUMP => {
                            r.pc = lasti + 2;
                            let (lhs, rhs) = (r.peek(2), r.peek(1));
                            let truth = match (CompareOp::from_arg(arg), opcode, lhs, rhs) {
                                (
                                    Some(op),
                                    Opcode::COMPARE_OP_INT | Opcode::COMPARE_OP_INT_JUMP,
                                    Value::Int(a),
                                    Value::Int(b),
                                ) => Some(compare_ord(op, a.cmp(&b))),
                                (
                                    Some(op),
                                    Opcode::COMPARE_OP_FLOAT | Opcode::COMPARE_OP_FLOAT_JUMP,
                                    Value::Float(a),
                                    Value::Float(b),
                                ) => Some(compare_float(op, a, b)),
                                (
                                    Some(op),
                                    Opcode::COMPARE_OP_STR | Opcode::COMPARE_OP_STR_JUMP,
                                    _,
                                    _,
                                ) => match (specialize::as_str(lhs), specialize::as_str(rhs)) {
                                    (Some(a), Some(b)) => {
                                        Some(compare_ord(op, a.as_str().cmp(b.as_str())))
                                    }
                                    _ => None,
                                },
                                _ => None,
                            };
                            let Some(truth) = truth else {
                                self.miss(
                                    r.site(lasti),
                                    Family::CompareOp,
                                    Reason::Types,
                                    Opcode::COMPARE_OP,
                                );
                                r.save(lasti);
                                let value = tri!('dispatch, self.compare_generic(arg, lhs, rhs));
                                r.pop();
                                r.poke(1, value);
                                continue 'dispatch;
                            };
                            self.stats.hit(Family::CompareOp);
                            r.pop();
                            if matches!(
                                opcode,
                                Opcode::COMPARE_OP_INT_JUMP
                                    | Opcode::COMPARE_OP_FLOAT_JUMP
                                    | Opcode::COMPARE_OP_STR_JUMP
                            ) {
                                // Take the following conditional jump here: its unit, its
                                // cache (history), then its target.
                                r.pop();
                                let jump_at = lasti + 2;
                                let (jump_op, distance) = decode(r.cache(lasti, 1));
                                let on_true = is_jump_if_true(jump_op);
                                r.pc = jump_at + 2;
                                r.branch(jump_at, truth == on_true, distance as usize);
                            } else {
                                r.poke(1, Value::Bool(truth));
                            }
                        }
                        Opcode::POP_JUMP_IF_FALSE_BOOL
                        | Opcode::POP_JUMP_IF_FALSE_INT
                        | Opcode::POP_JUMP_IF_FALSE_NONE
                        | Opcode::POP_JUMP_IF_FALSE_LIST
                        | Opcode::POP_JUMP_IF_TRUE_BOOL
                        | Opcode::POP_JUMP_IF_TRUE_INT
                        | Opcode::POP_JUMP_IF_TRUE_NONE
                        | Opcode::POP_JUMP_IF_TRUE_LIST => {
                            r.pc = lasti + 2;
                            let value = r.pop();
                            let fast = match (opcode, value) {
                                (
                                    Opcode::POP_JUMP_IF_FALSE_BOOL | Opcode::POP_JUMP_IF_TRUE_BOOL,
                                    Value::Bool(b),
                                ) => Some(b),
                                (
                                    Opcode::POP_JUMP_IF_FALSE_INT | Opcode::POP_JUMP_IF_TRUE_INT,
                                    Value::Int(i),
                                ) => Some(i != 0),
                                (
                                    Opcode::POP_JUMP_IF_FALSE_NONE | Opcode::POP_JUMP_IF_TRUE_NONE,
                                    Value::None,
                                ) => Some(false),
                                (
                                    Opcode::POP_JUMP_IF_FALSE_LIST | Opcode::POP_JUMP_IF_TRUE_LIST,
                                    Value::Obj(obj),
                                ) if obj.kind() == Kind::List => {
                                    // SAFETY: the kind byte says it is a list.
                                    let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                    Some(list.len.get() != 0)
                                }
                                _ => None,
                            };
                            let on_true = matches!(
                                opcode,
                                Opcode::POP_JUMP_IF_TRUE_BOOL
                                    | Opcode::POP_JUMP_IF_TRUE_INT
                                    | Opcode::POP_JUMP_IF_TRUE_NONE
                                    | Opcode::POP_JUMP_IF_TRUE_LIST
                            );
                            let truth = match fast {
                                Some(truth) => {
                                    self.stats.hit(Family::ToBool);
                                    truth
                                }
                                None => {
                                    let base = if on_true {
                                        Opcode::POP_JUMP_IF_TRUE
                                    } else {
                                        Opcode::POP_JUMP_IF_FALSE
                                    };
                                    self.miss(
                                        r.site(lasti),
                                        Family::ToBool,
                                        Reason::OtherType,
                                        base,
                                    );
                                    r.save(lasti);
                                    tri!('dispatch, self.truthy(value))
                                }
                            };
                            r.branch(lasti, truth == on_true, arg_usize);
                        } // ---- Specialized forms: attributes and globals.

                        // ---- Specialized forms: calls.
                        // One arm: `call_specialized` picks the form's fast path; a miss
                        // runs the generic call.
                        Opcode::CALL_PY_EXACT_ARGS
                        | Opcode::CALL_PY_WITH_DEFAULTS
                        | Opcode::CALL_BOUND_METHOD_EXACT_ARGS
                        | Opcode::CALL_ALLOC_AND_ENTER_INIT
                        | Opcode::CALL_BUILTIN_LEN
                        | Opcode::CALL_BUILTIN_ISINSTANCE
                        | Opcode::CALL_BUILTIN_ABS
                        | Opcode::CALL_NATIVE
                        | Opcode::CALL_LIST_APPEND
                        | Opcode::CALL_PY_ANY_EXACT_ARGS
                        | Opcode::CALL_BUILTIN_CLASS
                        | Opcode::CALL_BUILTIN_MIN
                        | Opcode::CALL_BUILTIN_MAX => {
                            r.pc = lasti + 5;
                            let callable_at = r.sp - arg_usize - 2;
                            r.save(lasti);
                            let cache = [r.cache(lasti, 1), r.cache(lasti, 2), r.cache(lasti, 3)];
                            let fast =
                                self.call_specialized(opcode, stack, callable_at, arg_usize, cache);
                            let result = match fast {
                                Ok(result) => {
                                    self.stats.hit(Family::Call);
                                    result
                                }
                                Err(spec_call::NotFast::Raised(err)) => break 'dispatch err,
                                Err(spec_call::NotFast::Miss(reason)) => {
                                    if reason == Reason::FuncVersion {
                                        let unit = r.cache(lasti, 0);
                                        r.site(lasti).set_cache(0, unit | spec_call::POLYMORPHIC);
                                    }
                                    self.miss(r.site(lasti), Family::Call, reason, Opcode::CALL);
                                    tri!('dispatch, self.call_generic(r.frame, callable_at, arg_usize))
                                }
                            };
                            match result {
                                Some(value) => {
                                    r.sp = callable_at;
                                    r.push(value);
                                }
                                None => {
                                    // SAFETY: r.frame is still the caller's record.
                                    unsafe { (*r.frame).sp = callable_at };
                                    r = Regs::load(self.top_frame(), stack);
                                }
                            }
                        } // ---- Specialized forms: iteration, subscripts and unpacking.
                        // A failed guard counts a miss and runs the generic access.
                        Opcode::LOAD_ATTR_INSTANCE_VALUE
                        | Opcode::LOAD_ATTR_CLASS_VALUE
                        | Opcode::LOAD_ATTR_MODULE
                        | Opcode::LOAD_ATTR_CLASS => {
                            r.pc = lasti + 9;
                            let owner = r.peek(1);
                            let aux = (r.cache(lasti, 0) >> 16) as usize;
                            let fast = match opcode {
                                Opcode::LOAD_ATTR_INSTANCE_VALUE => self
                                    .instance_slot(r.site(lasti), owner, Family::LoadAttr)
                                    .map(|values| values.cells()[aux].get()),
                                Opcode::LOAD_ATTR_MODULE => spec_attr::module_entry(
                                    owner,
                                    cache_u64(r.site(lasti), spec_attr::KEYS),
                                    aux,
                                ),
                                Opcode::LOAD_ATTR_CLASS_VALUE => spec_attr::check_class_of(
                                    owner,
                                    r.cache(lasti, spec_attr::VERSION),
                                    cache_u64(r.site(lasti), spec_attr::SHAPE),
                                )
                                .map(|()| cached_value(r.site(lasti))),
                                _ => spec_attr::check_class(
                                    owner,
                                    r.cache(lasti, spec_attr::VERSION),
                                )
                                .map(|()| cached_value(r.site(lasti))),
                            };
                            let value = match fast {
                                Ok(value) => {
                                    self.stats.hit(Family::LoadAttr);
                                    value
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::LoadAttr,
                                        reason,
                                        Opcode::LOAD_ATTR,
                                    );
                                    r.save(lasti);
                                    let name = self.code_name(r.code, arg);
                                    tri!('dispatch, self.get_attr(owner, name))
                                }
                            };
                            r.poke(1, value);
                        }
                        Opcode::LOAD_METHOD_WITH_VALUES
                        | Opcode::LOAD_METHOD_MODULE
                        | Opcode::LOAD_METHOD_BUILTIN
                        | Opcode::LOAD_METHOD_CLASS => {
                            r.pc = lasti + 9;
                            let owner = r.peek(1);
                            let aux = (r.cache(lasti, 0) >> 16) as usize;
                            let fast = match opcode {
                                Opcode::LOAD_METHOD_WITH_VALUES => spec_attr::check_class_of(
                                    owner,
                                    r.cache(lasti, spec_attr::VERSION),
                                    cache_u64(r.site(lasti), spec_attr::SHAPE),
                                )
                                .map(|()| (cached_object(r.site(lasti), spec_attr::CACHED), owner)),
                                Opcode::LOAD_METHOD_MODULE => spec_attr::module_entry(
                                    owner,
                                    cache_u64(r.site(lasti), spec_attr::KEYS),
                                    aux,
                                )
                                .map(|attr| (attr, Value::Null)),
                                Opcode::LOAD_METHOD_BUILTIN => match owner {
                                    Value::Obj(obj)
                                        if obj.kind() as u32
                                            == r.cache(lasti, spec_attr::VERSION) =>
                                    {
                                        Ok((cached_object(r.site(lasti), spec_attr::SHAPE), owner))
                                    }
                                    _ => Err(Reason::AttrKind),
                                },
                                _ => spec_attr::check_class(
                                    owner,
                                    r.cache(lasti, spec_attr::VERSION),
                                )
                                .map(|()| {
                                    let receiver = if aux == 1 { owner } else { Value::Null };
                                    (cached_value(r.site(lasti)), receiver)
                                }),
                            };
                            let (callable, receiver) = match fast {
                                Ok(pair) => {
                                    self.stats.hit(Family::LoadMethod);
                                    pair
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::LoadMethod,
                                        reason,
                                        Opcode::LOAD_METHOD,
                                    );
                                    let name = self.code_name(r.code, arg);
                                    // Instances of another class or shape: the VM's method
                                    // cache may still know the answer.
                                    if opcode == Opcode::LOAD_METHOD_WITH_VALUES
                                        && let Some(func) = self.poly_method(owner, name)
                                    {
                                        self.stats.hit(Family::LoadMethod);
                                        (func, owner)
                                    } else {
                                        r.save(lasti);
                                        tri!('dispatch, self.load_method(owner, name))
                                    }
                                }
                            };
                            r.poke(1, callable);
                            r.push(receiver);
                        }
                        Opcode::STORE_ATTR_INSTANCE_VALUE => {
                            r.pc = lasti + 5;
                            let (owner, value) = (r.peek(1), r.peek(2));
                            let index = (r.cache(lasti, 0) >> 16) as usize;
                            let values =
                                self.instance_slot(r.site(lasti), owner, Family::StoreAttr);
                            match values {
                                Ok(values) => {
                                    self.stats.hit(Family::StoreAttr);
                                    values.cells()[index].set(value);
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::StoreAttr,
                                        reason,
                                        Opcode::STORE_ATTR,
                                    );
                                    r.save(lasti);
                                    let name = self.code_name(r.code, arg);
                                    tri!('dispatch, self.set_attr(owner, name, value));
                                }
                            }
                            r.pop();
                            r.pop();
                        }
                        Opcode::STORE_ATTR_INSTANCE_ADD => {
                            r.pc = lasti + 5;
                            let (owner, value) = (r.peek(1), r.peek(2));
                            let before = cache_u64(r.site(lasti), spec_attr::SHAPE);
                            match spec_attr::add_target(owner, before) {
                                Ok(instance) => {
                                    self.stats.hit(Family::StoreAttr);
                                    let index = instance.shape.get().count as usize;
                                    let after = spec_attr::add_shape(
                                        before,
                                        r.cache(lasti, spec_attr::VERSION),
                                    );
                                    match instance.values.get() {
                                        Some(values) if index < values.cap => {
                                            values.cells()[index].set(value);
                                            instance.shape.set(after);
                                        }
                                        _ => {
                                            r.save(lasti);
                                            tri!('dispatch, self.add_attr_grow(instance, index, after, value));
                                        }
                                    }
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::StoreAttr,
                                        reason,
                                        Opcode::STORE_ATTR,
                                    );
                                    r.save(lasti);
                                    let name = self.code_name(r.code, arg);
                                    tri!('dispatch, self.set_attr(owner, name, value));
                                }
                            }
                            r.pop();
                            r.pop();
                        }
                        Opcode::LOAD_GLOBAL_MODULE | Opcode::LOAD_GLOBAL_BUILTIN => {
                            r.pc = lasti + 7;
                            // SAFETY: r.frame is the active record.
                            let globals = unsafe { (*r.frame).globals };
                            let index = (r.cache(lasti, 0) >> 16) as usize;
                            let keys = cache_u64(r.site(lasti), spec_attr::KEYS);
                            let fast = if opcode == Opcode::LOAD_GLOBAL_MODULE {
                                spec_attr::dict_entry(globals, keys, index)
                            } else if globals.keys_version.get() != keys {
                                Err(Reason::KeysVersion)
                            } else {
                                spec_attr::dict_entry(
                                    self.builtins(),
                                    cache_u64(r.site(lasti), spec_attr::BUILTIN_KEYS),
                                    index,
                                )
                                .map_err(|_| Reason::BuiltinsVersion)
                            };
                            let value = match fast {
                                Ok(value) => {
                                    self.stats.hit(Family::LoadGlobal);
                                    value
                                }
                                Err(reason) => {
                                    self.miss(
                                        r.site(lasti),
                                        Family::LoadGlobal,
                                        reason,
                                        Opcode::LOAD_GLOBAL,
                                    );
                                    r.save(lasti);
                                    let name = self.code_name(r.code, arg);
                                    tri!('dispatch, self.load_global(globals, name))
                                }
                            };
                            r.push(value);
                        } // ---- Specialized forms: calls.

                        // ---- Specialized forms: iteration, subscripts and unpacking.
                        // Guards test kind bytes only (exact built-in types); a hit ends
                        // with `continue 'dispatch`, a failed guard counts a miss and runs
                        // the generic operation.
                        Opcode::FOR_ITER_RANGE => {
                            r.pc = lasti + 2;
                            let iter = r.peek(1);
                            if let Value::Obj(obj) = iter
                                && obj.kind() == Kind::RangeIter
                            {
                                self.stats.hit(Family::ForIter);
                                // SAFETY: the kind byte says it is a range iterator.
                                let it = unsafe { Gc::<RangeIterObj>::from_obj_unchecked(obj) };
                                let remaining = it.remaining.get();
                                if remaining > 0 {
                                    let value = it.next.get();
                                    it.remaining.set(remaining - 1);
                                    it.next.set(value.wrapping_add(it.step));
                                    r.record_branch(lasti, false);
                                    r.push(Value::Int(value));
                                } else {
                                    r.record_branch(lasti, true);
                                    r.pop();
                                    r.pc += arg_usize;
                                }
                                continue 'dispatch;
                            }
                            r.save(lasti);
                            let next = tri!('dispatch, self.for_iter_miss(r.site(lasti), iter));
                            r.for_iter_step(lasti, next, arg_usize);
                        }
                        Opcode::FOR_ITER_LIST | Opcode::FOR_ITER_TUPLE => {
                            r.pc = lasti + 2;
                            let iter = r.peek(1);
                            if let Value::Obj(obj) = iter
                                && obj.kind() == Kind::SeqIter
                            {
                                // SAFETY: the kind byte says it is a sequence iterator.
                                let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                                let index = it.index.get();
                                let next = match it.seq.get() {
                                    _ if it.reverse => None,
                                    Value::Obj(seq)
                                        if opcode == Opcode::FOR_ITER_LIST
                                            && seq.kind() == Kind::List =>
                                    {
                                        // SAFETY: the kind byte says it is a list.
                                        let list =
                                            unsafe { Gc::<ListObj>::from_obj_unchecked(seq) };
                                        // The length is read at every step, so items the
                                        // loop body adds or removes count, as in CPython.
                                        Some(list.get(index))
                                    }
                                    Value::Obj(seq)
                                        if opcode == Opcode::FOR_ITER_TUPLE
                                            && seq.kind() == Kind::Tuple =>
                                    {
                                        // SAFETY: the kind byte says it is a tuple.
                                        let tuple =
                                            unsafe { Gc::<TupleObj>::from_obj_unchecked(seq) };
                                        Some(tuple.items().get(index).copied())
                                    }
                                    _ => None,
                                };
                                if let Some(next) = next {
                                    self.stats.hit(Family::ForIter);
                                    match next {
                                        Some(value) => {
                                            it.index.set(index + 1);
                                            r.record_branch(lasti, false);
                                            r.push(value);
                                        }
                                        None => {
                                            // Exhausted for good, as CPython's iterators are.
                                            it.seq.set(Value::Null);
                                            r.record_branch(lasti, true);
                                            r.pop();
                                            r.pc += arg_usize;
                                        }
                                    }
                                    continue 'dispatch;
                                }
                            }
                            r.save(lasti);
                            let next = tri!('dispatch, self.for_iter_miss(r.site(lasti), iter));
                            r.for_iter_step(lasti, next, arg_usize);
                        }
                        Opcode::FOR_ITER_STR => {
                            r.pc = lasti + 2;
                            let iter = r.peek(1);
                            if let Value::Obj(obj) = iter
                                && obj.kind() == Kind::SeqIter
                            {
                                // SAFETY: the kind byte says it is a sequence iterator.
                                let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                                if let Value::Obj(seq) = it.seq.get()
                                    && seq.kind() == Kind::Str
                                    && !it.reverse
                                {
                                    self.stats.hit(Family::ForIter);
                                    // SAFETY: the kind byte says it is a str.
                                    let s = unsafe { Gc::<StrObj>::from_obj_unchecked(seq) };
                                    // `index` is a byte offset; an ASCII byte is a whole
                                    // character, any other takes the generic step.
                                    let index = it.index.get();
                                    let byte = s.as_str().as_bytes().get(index).copied();
                                    let c = match byte {
                                        Some(b) if b < 0x80 => self.chars[usize::from(b)],
                                        _ => None,
                                    };
                                    let next = match c {
                                        Some(c) => {
                                            it.index.set(index + 1);
                                            Some(c.value())
                                        }
                                        None => {
                                            r.save(lasti);
                                            tri!('dispatch, self.seq_iter_next(it))
                                        }
                                    };
                                    r.for_iter_step(lasti, next, arg_usize);
                                    continue 'dispatch;
                                }
                            }
                            r.save(lasti);
                            let next = tri!('dispatch, self.for_iter_miss(r.site(lasti), iter));
                            r.for_iter_step(lasti, next, arg_usize);
                        }
                        Opcode::BINARY_SUBSCR_LIST_INT => {
                            r.pc = lasti + 2;
                            let (container, key) = (r.peek(2), r.peek(1));
                            if let (Value::Obj(obj), Value::Int(index)) = (container, key)
                                && obj.kind() == Kind::List
                            {
                                // SAFETY: the kind byte says it is a list.
                                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                let items = list.items();
                                if let Some(i) = seq_index(index, items.len()) {
                                    self.stats.hit(Family::BinarySubscr);
                                    r.pop();
                                    r.poke(1, items[i].get());
                                    continue 'dispatch;
                                }
                            }
                            let reason = spec_seq::subscr_deopt(container, key, Kind::List);
                            self.miss(
                                r.site(lasti),
                                Family::BinarySubscr,
                                reason,
                                Opcode::BINARY_SUBSCR,
                            );
                            r.save(lasti);
                            let value = tri!('dispatch, self.get_item(container, key));
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_SUBSCR_TUPLE_INT => {
                            r.pc = lasti + 2;
                            let (container, key) = (r.peek(2), r.peek(1));
                            if let (Value::Obj(obj), Value::Int(index)) = (container, key)
                                && obj.kind() == Kind::Tuple
                            {
                                // SAFETY: the kind byte says it is a tuple.
                                let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                                let items = tuple.items();
                                if let Some(i) = seq_index(index, items.len()) {
                                    self.stats.hit(Family::BinarySubscr);
                                    r.pop();
                                    r.poke(1, items[i]);
                                    continue 'dispatch;
                                }
                            }
                            let reason = spec_seq::subscr_deopt(container, key, Kind::Tuple);
                            self.miss(
                                r.site(lasti),
                                Family::BinarySubscr,
                                reason,
                                Opcode::BINARY_SUBSCR,
                            );
                            r.save(lasti);
                            let value = tri!('dispatch, self.get_item(container, key));
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_SUBSCR_STR_INT => {
                            r.pc = lasti + 2;
                            let (container, key) = (r.peek(2), r.peek(1));
                            if let (Value::Obj(obj), Value::Int(index)) = (container, key)
                                && obj.kind() == Kind::Str
                            {
                                // SAFETY: the kind byte says it is a str.
                                let s = unsafe { Gc::<StrObj>::from_obj_unchecked(obj) };
                                let bytes = s.as_str().as_bytes();
                                // An ASCII str indexes by byte; its characters are the VM's
                                // cached one-character strings.
                                if s.is_ascii()
                                    && let Some(i) = seq_index(index, bytes.len())
                                    && let Some(c) = self.chars[usize::from(bytes[i] & 0x7F)]
                                {
                                    self.stats.hit(Family::BinarySubscr);
                                    r.pop();
                                    r.poke(1, c.value());
                                    continue 'dispatch;
                                }
                            }
                            let reason = spec_seq::subscr_deopt(container, key, Kind::Str);
                            self.miss(
                                r.site(lasti),
                                Family::BinarySubscr,
                                reason,
                                Opcode::BINARY_SUBSCR,
                            );
                            r.save(lasti);
                            let value = tri!('dispatch, self.get_item(container, key));
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::BINARY_SUBSCR_DICT => {
                            r.pc = lasti + 2;
                            let (container, key) = (r.peek(2), r.peek(1));
                            r.save(lasti);
                            let value = if let Value::Obj(obj) = container
                                && obj.kind() == Kind::Dict
                            {
                                self.stats.hit(Family::BinarySubscr);
                                // SAFETY: the kind byte says it is a dict.
                                let dict = unsafe { Gc::<DictObj>::from_obj_unchecked(obj) };
                                // An exact dict has no `__missing__`.
                                match tri!('dispatch, self.dict_get(dict, key)) {
                                    Some(value) => value,
                                    None => {
                                        break 'dispatch self
                                            .raise_with_args(Cls::KeyError, &[key]);
                                    }
                                }
                            } else {
                                self.miss(
                                    r.site(lasti),
                                    Family::BinarySubscr,
                                    Reason::NotDict,
                                    Opcode::BINARY_SUBSCR,
                                );
                                tri!('dispatch, self.get_item(container, key))
                            };
                            r.pop();
                            r.poke(1, value);
                        }
                        Opcode::STORE_SUBSCR_LIST_INT => {
                            r.pc = lasti + 2;
                            let (value, container, key) = (r.peek(3), r.peek(2), r.peek(1));
                            if let (Value::Obj(obj), Value::Int(index)) = (container, key)
                                && obj.kind() == Kind::List
                            {
                                // SAFETY: the kind byte says it is a list.
                                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                let items = list.items();
                                if let Some(i) = seq_index(index, items.len()) {
                                    self.stats.hit(Family::StoreSubscr);
                                    items[i].set(value);
                                    r.sp -= 3;
                                    continue 'dispatch;
                                }
                            }
                            let reason = spec_seq::subscr_deopt(container, key, Kind::List);
                            self.miss(
                                r.site(lasti),
                                Family::StoreSubscr,
                                reason,
                                Opcode::STORE_SUBSCR,
                            );
                            r.save(lasti);
                            tri!('dispatch, self.set_item(container, key, value));
                            r.sp -= 3;
                        }
                        Opcode::STORE_SUBSCR_DICT => {
                            r.pc = lasti + 2;
                            let (value, container, key) = (r.peek(3), r.peek(2), r.peek(1));
                            r.save(lasti);
                            if let Value::Obj(obj) = container
                                && obj.kind() == Kind::Dict
                            {
                                self.stats.hit(Family::StoreSubscr);
                                // SAFETY: the kind byte says it is a dict.
                                let dict = unsafe { Gc::<DictObj>::from_obj_unchecked(obj) };
                                tri!('dispatch, self.dict_set(dict, key, value));
                            } else {
                                self.miss(
                                    r.site(lasti),
                                    Family::StoreSubscr,
                                    Reason::NotDict,
                                    Opcode::STORE_SUBSCR,
                                );
                                tri!('dispatch, self.set_item(container, key, value));
                            }
                            r.sp -= 3;
                        }
                        Opcode::UNPACK_SEQUENCE_TWO_TUPLE
                        | Opcode::UNPACK_SEQUENCE_TUPLE
                        | Opcode::UNPACK_SEQUENCE_LIST => {
                            r.pc = lasti + 2;
                            let seq = r.peek(1);
                            let expected = if opcode == Opcode::UNPACK_SEQUENCE_LIST {
                                Kind::List
                            } else {
                                Kind::Tuple
                            };
                            if let Value::Obj(obj) = seq
                                && obj.kind() == expected
                            {
                                if expected == Kind::Tuple {
                                    // SAFETY: the kind byte says it is a tuple.
                                    let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                                    let items = tuple.items();
                                    if let (Opcode::UNPACK_SEQUENCE_TWO_TUPLE, [first, second]) =
                                        (opcode, items)
                                    {
                                        self.stats.hit(Family::UnpackSequence);
                                        r.poke(1, *second);
                                        r.push(*first);
                                        continue 'dispatch;
                                    }
                                    if opcode == Opcode::UNPACK_SEQUENCE_TUPLE
                                        && items.len() == arg_usize
                                    {
                                        self.stats.hit(Family::UnpackSequence);
                                        // The tuple stays alive (immutable, and nothing
                                        // allocates) while its items move to the stack.
                                        r.pop();
                                        r.push_reversed(items);
                                        continue 'dispatch;
                                    }
                                } else {
                                    // SAFETY: the kind byte says it is a list.
                                    let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                    let items = list.items();
                                    if items.len() == arg_usize {
                                        self.stats.hit(Family::UnpackSequence);
                                        r.pop();
                                        for item in items.iter().rev() {
                                            r.push(item.get());
                                        }
                                        continue 'dispatch;
                                    }
                                }
                            }
                            r.save(lasti);
                            let items = tri!(
                                'dispatch,
                                self.unpack_miss(r.site(lasti), seq, expected, arg_usize)
                            );
                            r.pop();
                            r.push_reversed(items);
                        }
                    }
                }
            };
            // An exception is propagating: find a handler in this frame or unwind. Each
            // frame it reaches gets a traceback entry on arrival (so an exception caught and
            // chained as `__context__` keeps the line where it was caught), except when a
            // handler of the same frame re-raises it.
            let _ = err;
            r.save(lasti);
            if self.tracing.active {
                self.abort_trace(super::tier2::Abort::Exception);
            }
            if !core::mem::take(&mut reraise) {
                self.add_traceback(r.code, lasti);
            }
            loop {
                // SAFETY: r.frame is the active record.
                let record = unsafe { *r.frame };
                if let Some(entry) = find_handler(record.code, lasti) {
                    let depth = record.stack_start() + entry.depth as usize;
                    self.release_loop_iterators(depth, r.sp);
                    let exc = self.exc;
                    r.sp = depth;
                    if entry.push_lasti {
                        r.push(Value::Int(lasti as i64));
                    }
                    r.push(exc);
                    self.exc = Value::Null;
                    r.pc = entry.target as usize;
                    break;
                }
                self.release_loop_iterators(record.stack_start(), r.sp);
                self.pop_frame();
                if record.entry {
                    return Err(Raised);
                }
                r = Regs::load(self.top_frame(), stack);
                // SAFETY: the caller's record is active again.
                lasti = unsafe { (*r.frame).lasti };
                self.add_traceback(r.code, lasti);
            }
        }
    }

    /// An f-string field: conversion (`!s`, `!r`, `!a`) then the format spec.
    pub(super) fn format_field(
        &mut self,
        value: Value,
        conversion: u32,
        spec: Value,
    ) -> PyResult<Gc<StrObj>> {
        let converted = match conversion {
            1 => self.str_of(value)?.value(),
            2 => self.repr_of(value)?.value(),
            3 => crate::builtins::ascii_of(self, value)?.value(),
            _ => value,
        };
        let spec = match spec.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(spec) => spec,
            None => self.name(super::Name::empty),
        };
        crate::builtins::format_value(self, converted, spec)
    }

    /// The cell object in a cell or free slot.
    pub(super) fn cell_in(&self, value: Value) -> Gc<CellObj> {
        match value.as_obj().and_then(|o| o.downcast::<CellObj>()) {
            Some(cell) => cell,
            None => super::internal_error("a cell slot holds no cell"),
        }
    }

    /// `names[index]` of a code object, as an interned string.
    #[inline]
    pub(crate) fn code_name(&self, code: Gc<CodeObj>, index: u32) -> Gc<StrObj> {
        match code
            .name_at(index)
            .as_obj()
            .and_then(|o| o.downcast::<StrObj>())
        {
            Some(name) => name,
            None => super::internal_error("a code object's name is not a str"),
        }
    }

    /// The namespace `STORE_NAME` writes to.
    pub(super) fn namespace_of(&self, locals: Value, globals: Gc<DictObj>) -> Gc<DictObj> {
        locals
            .as_obj()
            .and_then(|o| o.downcast::<DictObj>())
            .unwrap_or(globals)
    }

    /// `LOAD_NAME`: the class namespace, then globals, then builtins.
    pub(super) fn load_name(
        &mut self,
        locals: Value,
        globals: Gc<DictObj>,
        name: Gc<StrObj>,
    ) -> PyResult<Value> {
        if let Some(ns) = locals.as_obj().and_then(|o| o.downcast::<DictObj>())
            && let Some(value) = self.dict_get(ns, name.value())?
        {
            return Ok(value);
        }
        self.load_global(globals, name)
    }

    /// `LOAD_GLOBAL`: globals, then builtins, else `NameError`.
    pub(crate) fn load_global(
        &mut self,
        globals: Gc<DictObj>,
        name: Gc<StrObj>,
    ) -> PyResult<Value> {
        if let Some(value) = self.dict_get_str(globals, name) {
            return Ok(value);
        }
        if let Some(value) = self.dict_get_str(self.builtins(), name) {
            return Ok(value);
        }
        Err(self.name_error(name))
    }

    /// Runs `code` in a new entry frame (module bodies, class bodies).
    pub(crate) fn run_code(
        &mut self,
        code: Gc<CodeObj>,
        globals: Gc<DictObj>,
        locals: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let base = self.next_frame_base();
        self.push_frame(code, globals, Value::Null, locals, base, 0, true)?;
        if code.has_cells {
            let frame = self.top_frame();
            // SAFETY: just pushed.
            let base = unsafe { (*frame).base };
            if let Err(err) = self.init_cells(code, base, closure) {
                self.pop_frame();
                return Err(err);
            }
        }
        self.run_nested_frame()
    }

    /// Runs the entry frame just pushed, counting the native nesting.
    pub(crate) fn run_nested_frame(&mut self) -> PyResult<Value> {
        self.native_depth += 1;
        let result = self.run_frame();
        self.native_depth -= 1;
        result
    }

    /// Where a frame pushed from Rust starts: above everything the running frame uses.
    pub(crate) fn next_frame_base(&self) -> usize {
        if self.frame_count == 0 {
            return 0;
        }
        // SAFETY: frame_count > 0, so the top record is active.
        let record = unsafe { *self.top_frame() };
        record.base + record.code.slot_count as usize + record.code.stack_size as usize
    }

    /// Wraps cell slots in fresh cells (keeping parameter values) and fills free slots from
    /// the closure.
    pub(crate) fn init_cells(
        &mut self,
        code: Gc<CodeObj>,
        base: usize,
        closure: Value,
    ) -> PyResult<()> {
        let stack = self.stack_ptr();
        let closure = closure.as_obj().and_then(|o| o.downcast::<TupleObj>());
        let mut free_index = 0;
        for slot in 0..code.slot_count as usize {
            match code.slot_kind(slot) {
                crate::compile::SlotKind::Local => {}
                crate::compile::SlotKind::Cell => {
                    // SAFETY: slot < slot_count and the frame's slots lie in the value stack.
                    let current = unsafe { stack.add(base + slot).read() };
                    let cell = self.new_cell(current)?;
                    // SAFETY: as above.
                    unsafe { stack.add(base + slot).write(cell.value()) };
                }
                crate::compile::SlotKind::Free => {
                    let cell = closure
                        .and_then(|c| c.items().get(free_index).copied())
                        .unwrap_or(Value::Null);
                    free_index += 1;
                    // SAFETY: as above.
                    unsafe { stack.add(base + slot).write(cell) };
                }
            }
        }
        Ok(())
    }

    /// Whether `code` can take the no-copy call path: exact positional arguments.
    #[inline]
    pub(crate) fn is_simple_call(code: &CodeObj, nargs: usize) -> bool {
        code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR) == 0
            && code.kwonly_count == 0
            && code.arg_count as usize == nargs
    }
}

/// The cell of `list[index]` for an exact list and an in-range int index (negative counts
/// from the end), the subscript fast path; `None` for everything else.
#[inline(always)]
fn list_cell(container: Value, key: Value) -> Option<&'static core::cell::Cell<Value>> {
    let (Value::Obj(obj), Value::Int(index)) = (container, key) else {
        return None;
    };
    let list = obj.downcast::<crate::object::ListObj>()?;
    let items = list.items();
    let len = items.len() as i64;
    let index = if index < 0 { index + len } else { index };
    let cell = items.get(usize::try_from(index).ok()?)?;
    // SAFETY: the cell lives in the list's buffer, which the list (on the value stack, so
    // rooted) keeps alive until the instruction is done with it; nothing runs in between.
    Some(unsafe { &*core::ptr::from_ref(cell) })
}

/// The position of `index` in a sequence of `len` items (negative counts from the end), or
/// `None` when out of range (the generic path raises CPython's `IndexError`).
#[inline(always)]
pub(super) fn seq_index(index: i64, len: usize) -> Option<usize> {
    let i = if index < 0 {
        index.wrapping_add(len as i64)
    } else {
        index
    };
    let i = i as u64;
    (i < len as u64).then_some(i as usize)
}

/// `BINARY_OP arg` on two ints when the result is an int computed without overflow (or the
/// float of a true division); `None` sends the operation to the general path (errors,
/// overflow, negative shift counts, powers).
#[inline(always)]
pub(super) fn int_fast_path(arg: u32, a: i64, b: i64) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    match op {
        0 => a.checked_add(b).map(Value::Int),
        10 => a.checked_sub(b).map(Value::Int),
        5 => a.checked_mul(b).map(Value::Int),
        1 => Some(Value::Int(a & b)),
        7 => Some(Value::Int(a | b)),
        12 => Some(Value::Int(a ^ b)),
        2 => super::ops::int_divmod(a, b).map(|(q, _)| Value::Int(q)),
        6 => super::ops::int_divmod(a, b).map(|(_, r)| Value::Int(r)),
        11 if b != 0 => Some(Value::Float(super::ops::int_true_divide(a, b))),
        // `<<` only while no bit is lost; `>>` by any non-negative count.
        3 if (0..64).contains(&b) && (a << b) >> b == a => Some(Value::Int(a << b)),
        9 if b >= 0 => Some(Value::Int(a >> b.min(63))),
        _ => None,
    }
}

/// `BINARY_OP arg` on two floats for `+ - * /` (a zero divisor takes the general path,
/// which raises).
#[inline(always)]
pub(super) fn float_fast_path(arg: u32, a: f64, b: f64) -> Option<Value> {
    match arg {
        0 | 13 => Some(Value::Float(a + b)),
        10 | 23 => Some(Value::Float(a - b)),
        5 | 18 => Some(Value::Float(a * b)),
        11 | 24 if b != 0.0 => Some(Value::Float(a / b)),
        _ => None,
    }
}

/// Whether an int converts to a float exactly (|i| <= 2**53).
#[inline]
pub(super) fn fits_float(i: i64) -> bool {
    i.unsigned_abs() <= 1 << 53
}

/// A comparison of two floats (every ordering with a NaN is false, `!=` true).
#[inline]
pub(super) fn compare_float(op: CompareOp, a: f64, b: f64) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// Applies a comparison to an ordering.
#[inline]
pub(crate) fn compare_ord(op: CompareOp, ord: core::cmp::Ordering) -> bool {
    use core::cmp::Ordering::{Equal, Greater, Less};
    match op {
        CompareOp::Lt => ord == Less,
        CompareOp::Le => ord != Greater,
        CompareOp::Eq => ord == Equal,
        CompareOp::Ne => ord != Equal,
        CompareOp::Gt => ord == Greater,
        CompareOp::Ge => ord != Less,
    }
}

/// `BINARY_OP arg` on ints and floats (any mix) when a fast path covers it.
#[inline(always)]
fn binary_fast_path(arg: u32, lhs: Value, rhs: Value) -> Option<Value> {
    match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => int_fast_path(arg, a, b),
        (Value::Float(a), Value::Float(b)) => float_fast_path(arg, a, b),
        (Value::Int(a), Value::Float(b)) if fits_float(a) => float_fast_path(arg, a as f64, b),
        (Value::Float(a), Value::Int(b)) if fits_float(b) => float_fast_path(arg, a, b as f64),
        _ => None,
    }
}

/// Whether an opcode byte is `POP_JUMP_IF_TRUE` or one of its specialized forms.
#[inline]
pub(super) fn is_jump_if_true(op: u8) -> bool {
    op == Opcode::POP_JUMP_IF_TRUE as u8
        || (Opcode::POP_JUMP_IF_TRUE_BOOL as u8..=Opcode::POP_JUMP_IF_TRUE_LIST as u8).contains(&op)
}

impl Vm<'_> {
    /// `BINARY_OP arg` on any operands (the fast paths first).
    #[inline(never)]
    pub(super) fn binary_generic(&mut self, arg: u32, lhs: Value, rhs: Value) -> PyResult<Value> {
        if let Some(value) = binary_fast_path(arg, lhs, rhs) {
            return Ok(value);
        }
        let Some((op, inplace)) = BinaryOp::from_arg(arg) else {
            return Err(self.raise_msg(Cls::SystemError, format_args!("bad BINARY_OP {arg}")));
        };
        self.binary_op(op, inplace, lhs, rhs)
    }

    /// `COMPARE_OP arg` on any operands (ints and floats directly).
    #[inline(never)]
    pub(super) fn compare_generic(&mut self, arg: u32, lhs: Value, rhs: Value) -> PyResult<Value> {
        let Some(op) = CompareOp::from_arg(arg) else {
            return Err(self.raise_msg(Cls::SystemError, format_args!("bad COMPARE_OP {arg}")));
        };
        Ok(match (lhs, rhs) {
            (Value::Int(a), Value::Int(b)) => Value::Bool(compare_ord(op, a.cmp(&b))),
            (Value::Float(a), Value::Float(b)) => Value::Bool(compare_float(op, a, b)),
            _ => self.compare(op, lhs, rhs)?,
        })
    }

    /// A specialized `FOR_ITER` whose guard failed: counts the miss, then steps `iter` the
    /// way the generic form does (the caller saved the frame state).
    #[inline(never)]
    fn for_iter_miss(&mut self, site: Site, iter: Value) -> PyResult<Option<Value>> {
        self.miss(site, Family::ForIter, Reason::IterKind, Opcode::FOR_ITER);
        self.iter_next(iter)
    }

    /// A specialized `UNPACK_SEQUENCE` whose guard failed (it expected an `expected` of
    /// `count` items): counts the miss, then unpacks `seq` the way the generic form does (the
    /// caller saved the frame state and pushes the items).
    #[inline(never)]
    fn unpack_miss(
        &mut self,
        site: Site,
        seq: Value,
        expected: Kind,
        count: usize,
    ) -> PyResult<&'static [Value]> {
        let reason = spec_seq::unpack_deopt(seq, expected);
        self.miss(
            site,
            Family::UnpackSequence,
            reason,
            Opcode::UNPACK_SEQUENCE,
        );
        self.unpack_items(seq, count)
    }

    /// A specialized form's guard failed: count the miss; on the 53rd (the cooldown counter
    /// triggers) the instruction goes back to `base`, whose next execution tries again.
    #[inline(never)]
    fn miss(&mut self, site: Site, family: Family, reason: Reason, base: Opcode) {
        self.stats.deopt(family, reason);
        let counter = site.counter();
        if counter.triggers() {
            site.rewrite(base, Counter::new(0, 0));
        } else {
            site.set_counter(counter.tick());
        }
    }

    /// A generic attribute or global instruction (`base`) whose counter triggered got its
    /// decider's answer: install the plan (true: run the instruction again, now specialized)
    /// or back off.
    #[inline(never)]
    fn adapt(
        &mut self,
        site: Site,
        family: Family,
        base: Opcode,
        counter: Counter,
        decision: Result<spec_attr::Plan, Reason>,
    ) -> bool {
        match decision {
            Ok(plan) => {
                self.stats.attempt(family, Ok(()));
                let units = base.cache_units() as usize;
                for (at, &word) in plan.units.iter().enumerate().take(units - 1) {
                    site.set_cache(at + 1, word);
                }
                let unit = site.cache(0);
                site.set_cache(0, (unit & 0xFFFF) | (u32::from(plan.aux) << 16));
                site.rewrite(plan.opcode, Counter::cooldown());
                true
            }
            Err(reason) => {
                self.stats.attempt(family, Err(reason));
                site.rewrite(base, counter.back_off());
                false
            }
        }
    }
}

impl Vm<'_> {
    /// The values of the instance `owner` when the guard of the instance-value form at `lasti`
    /// passes, widening its shape anchor first when the shape misses but shares the attribute.
    #[inline(always)]
    fn instance_slot(
        &mut self,
        site: Site,
        owner: Value,
        family: Family,
    ) -> Result<Gc<ValueBuf>, Reason> {
        let index = (site.cache(0) >> 16) as usize;
        let version = site.cache(spec_attr::VERSION);
        match spec_attr::instance_values(owner, version, cache_u64(site, spec_attr::SHAPE), index) {
            Err(Reason::Shape) => self.widen_anchor(site, owner, index, family),
            other => other,
        }
    }

    /// A shape miss of the instance-value form at `lasti`: when the instance's shape and the
    /// cached anchor share a prefix that holds the attribute, the prefix becomes the anchor
    /// (counted as a successful specialization) and the guard runs again.
    #[inline(never)]
    fn widen_anchor(
        &mut self,
        site: Site,
        owner: Value,
        index: usize,
        family: Family,
    ) -> Result<Gc<ValueBuf>, Reason> {
        let anchor = spec_attr::widen(owner, cache_u64(site, spec_attr::SHAPE), index)
            .ok_or(Reason::Shape)?;
        self.stats.attempt(family, Ok(()));
        site.set_cache(spec_attr::SHAPE, anchor as u32);
        site.set_cache(spec_attr::SHAPE + 1, (anchor >> 32) as u32);
        let version = site.cache(spec_attr::VERSION);
        spec_attr::instance_values(owner, version, anchor, index)
    }
}

/// Cache units `at` and `at + 1` of the instruction at `lasti` as one 64-bit word (a pointer
/// or a keys version, low half first).
#[inline(always)]
pub(super) fn cache_u64(site: Site, at: usize) -> u64 {
    u64::from(site.cache(at)) | (u64::from(site.cache(at + 1)) << 32)
}

/// The value an attribute form cached (after its class version guard passed).
#[inline(always)]
pub(super) fn cached_value(site: Site) -> Value {
    let at = spec_attr::CACHED;
    // SAFETY: the caller's class version guard proved the class that holds the value
    // unchanged since it was cached, so the value is still alive.
    unsafe { spec_attr::decode_value(site.cache(at), site.cache(at + 1), site.cache(at + 2)) }
}

/// The object whose address an attribute form cached at units `at`, `at + 1` (after its guard
/// proved whatever holds it unchanged: a class version, or a built-in class that never
/// changes).
#[inline(always)]
pub(super) fn cached_object(site: Site, at: usize) -> Value {
    let addr = cache_u64(site, at);
    // SAFETY: as above, the guard proved the object alive; tag 5 decodes an object.
    unsafe { spec_attr::decode_value(5, addr as u32, (addr >> 32) as u32) }
}

/// The innermost handler covering the instruction at `lasti`.
pub(crate) fn find_handler(
    code: Gc<CodeObj>,
    lasti: usize,
) -> Option<crate::compile::ExceptionEntry> {
    let lasti = lasti as u32;
    code.exception_table()
        .iter()
        .find(|e| e.start <= lasti && lasti < e.end)
        .copied()
}
