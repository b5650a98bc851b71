//! Generators at run time: making them, resuming them, `yield from`, and their methods.
//!
//! Calling a generator function binds the arguments in a fresh frame as for any call, then
//! copies the frame's slots into a [`GeneratorObj`] and drops the frame. Each resumption
//! pushes an entry frame at the top of the value stack, copies the saved slots and value
//! stack back in, and runs it; `YIELD_VALUE` copies them out again and returns from the
//! interpreter loop with the yielded value. The generator's state says whether the loop
//! returned because of a `yield` (suspended) or a `return` (finished).
//!
//! `throw` starts the resumed frame in the unwinding path at its `YIELD_VALUE`, so the
//! generator's own handlers see the exception. A generator suspended in `yield from`
//! passes `throw` and `close` on to the iterator it delegates to first.

use super::{Args, Cls, Name, PyResult, Raised, Vm};
use crate::bytecode::{Opcode, decode};
use crate::object::{Gc, GenState, GeneratorObj, Kind, StrObj};
use crate::value::Value;

/// What a resumption ended with.
pub(crate) enum Resumed {
    /// The generator yielded this value.
    Yielded(Value),
    /// The generator (or delegated iterator) finished, returning this value.
    Returned(Value),
}

impl Vm<'_> {
    /// Turns the frame just pushed for generator function `func` (arguments bound, cells
    /// made) into a generator object, and pops the frame.
    pub(crate) fn make_generator(&mut self, func: Value) -> PyResult<Value> {
        let frame = self.top_frame();
        // SAFETY: the caller just pushed this record.
        let record = unsafe { *frame };
        let result = self.capture_new_frame(func, record.code, record.globals, record.base);
        self.pop_frame();
        result
    }

    /// Allocates the generator for `make_generator` while the frame still roots its slots.
    fn capture_new_frame(
        &mut self,
        func: Value,
        code: Gc<crate::object::CodeObj>,
        globals: Gc<crate::object::DictObj>,
        base: usize,
    ) -> PyResult<Value> {
        let slots = code.slot_count as usize;
        let saved = self.new_value_buf(slots + code.stack_size as usize)?;
        let stack = self.stack_ptr();
        for (index, cell) in saved.cells().iter().take(slots).enumerate() {
            // SAFETY: the frame's slots lie in the value stack.
            cell.set(unsafe { stack.add(base + index).read() });
        }
        Ok(self.new_generator(func, code, globals, saved)?.value())
    }

    /// `YIELD_VALUE`: copies the running generator frame `frame` (the top one) into its
    /// generator and marks it suspended. The caller pops the frame and returns the value.
    pub(crate) fn suspend_generator(&mut self, frame: *mut super::frame::Frame) {
        // SAFETY: `frame` is the active top record, saved by the caller.
        let record = unsafe { *frame };
        let Some(generator) = record
            .generator
            .as_obj()
            .and_then(|o| o.downcast::<GeneratorObj>())
        else {
            super::internal_error("YIELD_VALUE outside a generator frame");
        };
        let stack = self.stack_ptr();
        let used = record.sp - record.base;
        for (index, cell) in generator.saved.cells().iter().take(used).enumerate() {
            // SAFETY: base..sp are the frame's live cells in the value stack.
            cell.set(unsafe { stack.add(record.base + index).read() });
        }
        generator
            .depth
            .set((used - record.code.slot_count as usize) as u32);
        generator.pc.set(record.pc as u32);
        generator.lasti.set(record.lasti as u32);
        generator.set_state(GenState::Suspended);
    }

    /// Resumes `generator`, sending `sent` (the value of the `yield` it stopped at) or, when
    /// `throw` is not `Null`, raising `throw` at that `yield`.
    pub(crate) fn gen_resume(
        &mut self,
        generator: Gc<GeneratorObj>,
        sent: Value,
        mut throw: Value,
    ) -> PyResult<Resumed> {
        match generator.state() {
            GenState::Running => {
                return Err(
                    self.raise_msg(Cls::ValueError, format_args!("generator already executing"))
                );
            }
            GenState::Finished => {
                if !throw.is_null() {
                    return Err(self.raise_value(throw));
                }
                return Ok(Resumed::Returned(Value::None));
            }
            GenState::Created => {
                if !throw.is_null() {
                    generator.set_state(GenState::Finished);
                    return Err(self.raise_value(throw));
                }
                if !matches!(sent, Value::None) {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("can't send non-None value to a just-started generator"),
                    ));
                }
            }
            GenState::Suspended => {}
        }
        let mut finished_delegate = None;
        if !throw.is_null()
            && let Some(delegate) = self.yield_from_delegate(generator)
        {
            match self.throw_into_delegate(delegate, throw) {
                Ok(Resumed::Yielded(value)) => return Ok(Resumed::Yielded(value)),
                Ok(Resumed::Returned(value)) => {
                    finished_delegate = Some(value);
                    throw = Value::Null;
                }
                Err(_) => throw = core::mem::replace(&mut self.exc, Value::Null),
            }
        }
        self.run_generator(generator, sent, throw, finished_delegate)
    }

    /// Pushes the generator's frame and runs it until it yields, returns or raises.
    fn run_generator(
        &mut self,
        generator: Gc<GeneratorObj>,
        sent: Value,
        throw: Value,
        finished_delegate: Option<Value>,
    ) -> PyResult<Resumed> {
        let code = generator.code;
        let slots = code.slot_count as usize;
        let base = self.next_frame_base();
        let frame = self.push_frame(
            code,
            generator.globals,
            generator.func,
            Value::Null,
            base,
            slots,
            true,
        )?;
        let mut depth = generator.depth.get() as usize;
        let mut pc = generator.pc.get() as usize;
        let stack = self.stack_ptr();
        for (index, cell) in generator
            .saved
            .cells()
            .iter()
            .take(slots + depth)
            .enumerate()
        {
            // SAFETY: push_frame checked that base + slots + stack_size cells fit, and depth
            // never exceeds stack_size.
            unsafe { stack.add(base + index).write(cell.get()) };
        }
        let started = generator.state() == GenState::Suspended;
        if let Some(value) = finished_delegate {
            // The delegate of `yield from` finished: continue after the SEND that started
            // it, with its return value in place of the delegate.
            // SAFETY: depth >= 1 (the delegate is on the stack); the cell is the frame's.
            unsafe { stack.add(base + slots + depth - 1).write(value) };
            pc = self.send_exit(code, pc).unwrap_or(pc);
        } else if started && throw.is_null() {
            // SAFETY: the yield's value cell is free (YIELD_VALUE popped it).
            unsafe { stack.add(base + slots + depth).write(sent) };
            depth += 1;
        }
        // SAFETY: `frame` is the record push_frame just wrote.
        unsafe {
            (*frame).sp = base + slots + depth;
            (*frame).pc = pc;
            (*frame).lasti = generator.lasti.get() as usize;
            (*frame).generator = generator.value();
        }
        generator.set_state(GenState::Running);
        let outer = self.handled;
        if !generator.handled.get().is_null() {
            self.handled = generator.handled.get();
        }
        if !throw.is_null() {
            self.exc = throw;
            self.throw_pending = true;
        }
        let result = self.run_nested_frame();
        let inner = self.handled;
        self.handled = outer;
        match result {
            Ok(value) if generator.state() == GenState::Suspended => {
                generator
                    .handled
                    .set(if inner.is(outer) { Value::Null } else { inner });
                Ok(Resumed::Yielded(value))
            }
            Ok(value) => {
                self.finish_generator(generator);
                Ok(Resumed::Returned(value))
            }
            Err(raised) => {
                self.finish_generator(generator);
                if self.exc_is(Cls::StopIteration) {
                    let stop = self.exc;
                    let replaced = self.raise_msg(
                        Cls::RuntimeError,
                        format_args!("generator raised StopIteration"),
                    );
                    let runtime = self.exc;
                    let _ = self.set_cause(runtime, stop);
                    self.exc = runtime;
                    return Err(replaced);
                }
                Err(raised)
            }
        }
    }

    /// Marks a generator finished and lets go of its saved values.
    fn finish_generator(&mut self, generator: Gc<GeneratorObj>) {
        generator.set_state(GenState::Finished);
        generator.handled.set(Value::Null);
        for cell in generator.saved.cells() {
            cell.set(Value::Null);
        }
        generator.depth.set(0);
    }

    /// The iterator a suspended generator delegates to with `yield from`, if it is
    /// stopped inside one (at the `YIELD_VALUE` between `SEND` and `JUMP_BACKWARD`).
    fn yield_from_delegate(&self, generator: Gc<GeneratorObj>) -> Option<Value> {
        let pc = generator.pc.get() as usize;
        self.send_exit(generator.code, pc)?;
        let depth = generator.depth.get() as usize;
        let slots = generator.code.slot_count as usize;
        (depth > 0).then(|| generator.saved.cells()[slots + depth - 1].get())
    }

    /// When the instruction at `pc` is the `JUMP_BACKWARD` of a `yield from` loop, where
    /// its `SEND` goes when the delegate finishes.
    fn send_exit(&self, code: Gc<crate::object::CodeObj>, pc: usize) -> Option<usize> {
        let units = code.code();
        let (op, arg) = decode(units.get(pc)?.get());
        if Opcode::from_u8(op) != Some(Opcode::JUMP_BACKWARD) {
            return None;
        }
        let send_at = (pc + 1).checked_sub(arg as usize)?;
        let (op, arg) = decode(units.get(send_at)?.get());
        (Opcode::from_u8(op) == Some(Opcode::SEND)).then_some(send_at + 1 + arg as usize)
    }

    /// `throw` reaching a generator suspended in `yield from`: closes the delegate for
    /// `GeneratorExit`, otherwise throws into it when it can take it.
    fn throw_into_delegate(&mut self, delegate: Value, exc: Value) -> PyResult<Resumed> {
        let exit = self.class(Cls::GeneratorExit);
        if self.is_instance_of(exc, exit) {
            self.close_iterator(delegate)?;
            return Err(self.raise_value(exc));
        }
        if let Some(inner) = delegate.as_obj().and_then(|o| o.downcast::<GeneratorObj>()) {
            return self.gen_resume(inner, Value::None, exc);
        }
        let name = self.intern("throw")?;
        match self.try_get_attr(delegate, name)? {
            Some(method) => {
                let class = self.class_of(exc).value();
                match self.call(method, &[class, exc]) {
                    Ok(value) => Ok(Resumed::Yielded(value)),
                    Err(raised) => self.stop_value(raised).map(Resumed::Returned),
                }
            }
            None => Err(self.raise_value(exc)),
        }
    }

    /// Closes a delegate: a generator's `close`, or any `close` method.
    fn close_iterator(&mut self, iterator: Value) -> PyResult<()> {
        if let Some(inner) = iterator.as_obj().and_then(|o| o.downcast::<GeneratorObj>()) {
            return self.gen_close(inner);
        }
        let name = self.intern("close")?;
        if let Some(method) = self.try_get_attr(iterator, name)? {
            self.call(method, &[])?;
        }
        Ok(())
    }

    /// `SEND`: passes `value` to the `yield from` delegate `receiver`.
    pub(crate) fn send_to(&mut self, receiver: Value, value: Value) -> PyResult<Resumed> {
        if let Some(generator) = receiver.as_obj().and_then(|o| o.downcast::<GeneratorObj>()) {
            return self.gen_resume(generator, value, Value::Null);
        }
        if matches!(value, Value::None) {
            return match self.iter_next_with_value(receiver)? {
                Ok(item) => Ok(Resumed::Yielded(item)),
                Err(result) => Ok(Resumed::Returned(result)),
            };
        }
        let name = self.intern("send")?;
        let method = self.get_attr(receiver, name)?;
        match self.call(method, &[value]) {
            Ok(item) => Ok(Resumed::Yielded(item)),
            Err(raised) => self.stop_value(raised).map(Resumed::Returned),
        }
    }

    /// The next item of `iterator`, or (when it is exhausted) the value its
    /// `StopIteration` carried.
    pub(crate) fn iter_next_with_value(
        &mut self,
        iterator: Value,
    ) -> PyResult<Result<Value, Value>> {
        if let Some(generator) = iterator.as_obj().and_then(|o| o.downcast::<GeneratorObj>()) {
            return Ok(
                match self.gen_resume(generator, Value::None, Value::Null)? {
                    Resumed::Yielded(item) => Ok(item),
                    Resumed::Returned(result) => Err(result),
                },
            );
        }
        if iterator
            .as_obj()
            .is_some_and(|o| o.kind() == Kind::Instance)
        {
            let method = self.get_attr(iterator, self.name(Name::__next__))?;
            return match self.call(method, &[]) {
                Ok(item) => Ok(Ok(item)),
                Err(raised) => self.stop_value(raised).map(Err),
            };
        }
        Ok(match self.iter_next(iterator)? {
            Some(item) => Ok(item),
            None => Err(Value::None),
        })
    }

    /// For an error that is a `StopIteration`: clears it and gives its value; otherwise
    /// passes the error on.
    pub(crate) fn stop_value(&mut self, raised: Raised) -> PyResult<Value> {
        if !self.exc_is(Cls::StopIteration) {
            return Err(raised);
        }
        let stop = core::mem::replace(&mut self.exc, Value::Null);
        Ok(self.stop_iteration_value(stop))
    }

    /// `StopIteration.value`: the first argument, or `None`.
    pub(crate) fn stop_iteration_value(&self, stop: Value) -> Value {
        stop.as_obj()
            .and_then(|o| o.downcast::<crate::object::InstanceObj>())
            .and_then(|i| {
                i.base_state
                    .get()
                    .as_obj()
                    .and_then(|o| o.downcast::<crate::object::TupleObj>())
            })
            .and_then(|args| args.items().first().copied())
            .unwrap_or(Value::None)
    }

    /// Raises `StopIteration(value)` (no arguments for `None`), as a generator's `return`.
    pub(crate) fn raise_stop_iteration(&mut self, value: Value) -> Raised {
        if matches!(value, Value::None) {
            self.raise_with_args(Cls::StopIteration, &[])
        } else {
            self.raise_with_args(Cls::StopIteration, &[value])
        }
    }

    /// `generator.close()`.
    pub(crate) fn gen_close(&mut self, generator: Gc<GeneratorObj>) -> PyResult<()> {
        match generator.state() {
            GenState::Created | GenState::Finished => {
                self.finish_generator(generator);
                return Ok(());
            }
            GenState::Running | GenState::Suspended => {}
        }
        let exit = self.new_exception_of(Cls::GeneratorExit)?;
        match self.gen_resume(generator, Value::None, exit) {
            Ok(Resumed::Yielded(_)) => Err(self.raise_msg(
                Cls::RuntimeError,
                format_args!("generator ignored GeneratorExit"),
            )),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(raised) => {
                if self.exc_is(Cls::GeneratorExit) || self.exc_is(Cls::StopIteration) {
                    self.exc = Value::Null;
                    Ok(())
                } else {
                    Err(raised)
                }
            }
        }
    }

    /// A fresh instance of a built-in exception class with no arguments.
    fn new_exception_of(&mut self, cls: Cls) -> PyResult<Value> {
        let args = self.new_tuple(&[])?;
        Ok(self.new_exception(self.class(cls), args)?.value())
    }

    /// `GET_ITER 1`: a generator the call just made (not started yet) becomes the loop's.
    pub(crate) fn claim_for_loop(&mut self, iter: Value) {
        if let Some(generator) = iter.as_obj().and_then(|o| o.downcast::<GeneratorObj>())
            && generator.state() == GenState::Created
        {
            generator.loop_owned.set(true);
        }
    }

    /// `POP_ITER`: a loop left early drops its iterator; a generator it owns that is
    /// suspended inside a `try` or `with` is closed now, so its cleanup code runs where
    /// CPython runs it. An error from the cleanup is dropped (CPython reports it as
    /// "Exception ignored" and goes on).
    pub(crate) fn release_loop_iterator(&mut self, iter: Value) {
        let Some(generator) = iter.as_obj().and_then(|o| o.downcast::<GeneratorObj>()) else {
            return;
        };
        if !generator.loop_owned.get() || generator.state() != GenState::Suspended {
            return;
        }
        generator.loop_owned.set(false);
        let guarded = super::interp::find_handler(generator.code, generator.lasti.get() as usize);
        if guarded.is_none() {
            // Closing would only mark it finished, which nothing can observe.
            return;
        }
        let (exc, handled) = (self.exc, self.handled);
        self.exc = Value::Null;
        let _ = self.gen_close(generator);
        self.exc = exc;
        self.handled = handled;
    }

    /// Releases the loop iterators among the value-stack cells `from..to`, which an
    /// exception unwinding past them discards.
    pub(crate) fn release_loop_iterators(&mut self, from: usize, to: usize) {
        let stack = self.stack_ptr();
        for index in from..to {
            // SAFETY: from..to are live cells of the unwinding frame's value stack.
            let value = unsafe { stack.add(index).read() };
            if value.as_obj().is_some_and(|o| o.kind() == Kind::Generator) {
                self.release_loop_iterator(value);
            }
        }
    }

    /// `GET_YIELD_FROM_ITER`: generators delegate as they are; other iterables by `iter()`.
    pub(crate) fn yield_from_iter(&mut self, value: Value) -> PyResult<Value> {
        if value.as_obj().is_some_and(|o| o.kind() == Kind::Generator) {
            return Ok(value);
        }
        self.get_iter(value)
    }

    /// `__name__` / `__qualname__` of a generator.
    pub(crate) fn generator_attr(
        &mut self,
        generator: Gc<GeneratorObj>,
        name: Gc<StrObj>,
    ) -> Option<Value> {
        match name.as_str() {
            "__name__" => Some(generator.code.name.value()),
            "__qualname__" => Some(generator.code.qualname.value()),
            "gi_running" => Some(Value::Bool(generator.state() == GenState::Running)),
            _ => None,
        }
    }
}

/// The generator a method was called on.
fn receiver(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Gc<GeneratorObj>> {
    match args
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<GeneratorObj>())
    {
        Some(generator) => Ok(generator),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '{method}' requires a 'generator' object"),
        )),
    }
}

/// Checks a generator method's arguments (after the receiver): no keywords, `min..=max`
/// positional ones.
fn method_args(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let rest = Args::positional(args.pos.get(1..).unwrap_or(&[]));
    crate::builtins::no_keywords(vm, name, args)?;
    crate::builtins::check_count(vm, name, &rest, min, max)
}

/// What `send`, `__next__` and `throw` give back: the yielded value, or `StopIteration`.
fn yielded(vm: &mut Vm<'_>, resumed: Resumed) -> PyResult<Value> {
    match resumed {
        Resumed::Yielded(value) => Ok(value),
        Resumed::Returned(value) => Err(vm.raise_stop_iteration(value)),
    }
}

/// `generator.send(value)`.
fn gen_send(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "send", 1, 1)?;
    let generator = receiver(vm, args, "send")?;
    let resumed = vm.gen_resume(generator, args.pos[1], Value::Null)?;
    yielded(vm, resumed)
}

/// `generator.__next__()`.
fn gen_next(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__next__", 0, 0)?;
    let generator = receiver(vm, args, "__next__")?;
    let resumed = vm.gen_resume(generator, Value::None, Value::Null)?;
    yielded(vm, resumed)
}

/// `generator.throw(exc)` / `generator.throw(type, value)`.
fn gen_throw(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "throw", 1, 3)?;
    let generator = receiver(vm, args, "throw")?;
    let base = vm.class(Cls::BaseException);
    let first = args.pos[1];
    let exc = match first
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::ClassObj>())
    {
        Some(class) if class.is_subclass_of(base) => {
            let value = args.pos.get(2).copied().unwrap_or(Value::None);
            if vm.is_instance_of(value, class) {
                value
            } else {
                let call_args: &[Value] = if matches!(value, Value::None) {
                    &[]
                } else {
                    core::slice::from_ref(&args.pos[2])
                };
                vm.instantiate(class, &Args::positional(call_args))?
            }
        }
        _ if vm.is_instance_of(first, base) => {
            if args.pos.get(2).is_some_and(|v| !matches!(v, Value::None)) {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("instance exception may not have a separate value"),
                ));
            }
            first
        }
        _ => {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(first)
                ),
            ));
        }
    };
    let resumed = vm.gen_resume(generator, Value::None, exc)?;
    yielded(vm, resumed)
}

/// `generator.close()`.
fn gen_close_method(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "close", 0, 0)?;
    let generator = receiver(vm, args, "close")?;
    vm.gen_close(generator)?;
    Ok(Value::None)
}

/// `generator.__iter__()`.
fn gen_iter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, args, "__iter__")?;
    Ok(generator.value())
}

/// The methods of generators.
pub(crate) static GENERATOR_METHODS: crate::builtins::MethodTable = (
    Cls::Generator,
    &[
        crate::object::func::NativeDef {
            name: "send",
            func: gen_send,
        },
        crate::object::func::NativeDef {
            name: "throw",
            func: gen_throw,
        },
        crate::object::func::NativeDef {
            name: "close",
            func: gen_close_method,
        },
        crate::object::func::NativeDef {
            name: "__next__",
            func: gen_next,
        },
        crate::object::func::NativeDef {
            name: "__iter__",
            func: gen_iter,
        },
    ],
);
