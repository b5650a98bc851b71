//! The uop interpreter: runs an executor's trace (the only tier 2 on bare metal).
//!
//! `ENTER_EXECUTOR` saves the frame, jumps to the loop head and calls [`Vm::run_executor`],
//! which runs uops on the same frames and value stack as tier 1, until the trace exits:
//! a guard fails (a side exit: tier 1 resumes at the uop's target), the trace ends with
//! `_EXIT_TRACE`, or a uop raises. On leaving, the state of the running frame (which may be a
//! frame the trace entered) is saved in its record, so tier 1 reloads it from the top frame.
//!
//! Every uop that can exit does so before it changes anything (its guards come first), and a
//! branch guard pops its value before exiting to the other direction: the state at an exit is
//! exactly tier 1's state at the exit's target. Specialized uops read their inline-cache words
//! from the executor's snapshot of the recorded instruction, never from the live code, so
//! tier 1 may respecialize the instruction freely; the guards make a stale snapshot exit.

use super::interp::{
    Regs, Site, cache_u64, cached_object, cached_value, compare_float, fits_float, float_fast_path,
    int_fast_path, seq_index,
};
use super::spec_attr;
use super::specialize::{self, Reason};
use super::{Cls, PyResult, Raised, Vm};
use crate::bytecode::{CompareOp, Opcode, decode};
use crate::counter::Counter;
use crate::object::{DictObj, Gc, Kind, ListObj, RangeIterObj, SeqIterObj, TupleObj};
use crate::tier2::recorder::UopInst;
use crate::tier2::uop::Uop;
use crate::value::Value;

/// How one uop went, when it did not simply go on to the next.
enum Step {
    /// Leave the trace: tier 1 resumes at this code unit of the running frame.
    Exit(u32),
    /// Leave the trace into a frame a call pushed (its record says where it starts).
    Resume,
    /// A uop raised (at the instruction whose code unit is given).
    Error(Raised, u32),
}

/// `match` on a result inside a uop: the value, or leave with the error at `target`.
macro_rules! try_uop {
    ($e:expr, $at:expr) => {
        match $e {
            Ok(value) => value,
            Err(err) => break Step::Error(err, $at),
        }
    };
}

impl Vm<'_> {
    /// Runs executor `index` from the loop head (the running frame's saved `pc`). `Ok(false)`
    /// when there is no such executor or it was invalidated (the caller goes back to tier 1
    /// and restores the `JUMP_BACKWARD`); `Ok(true)` when it ran and exited, the top frame's
    /// record saved where tier 1 resumes; `Err` when a uop raised, the top frame's `lasti`
    /// naming the instruction.
    ///
    /// The executor it runs (at first `index`, then each one an exit link leads to) counts
    /// the activation in its `running` while it is the current one, so the collector's
    /// [`Vm::reclaim_executors`] leaves its chain alone.
    #[inline(never)]
    pub(crate) fn run_executor(&mut self, index: usize) -> PyResult<bool> {
        let mut current = usize::MAX;
        let result = self.run_executors(index, &mut current);
        // Every way out leaves the executor current at the end (none before it entered one),
        // still listed: nothing frees a running executor.
        debug_assert!(current == usize::MAX || self.executor(current).is_some());
        if let Some(exec) = self.executor(current) {
            exec.head.leave();
        }
        result
    }

    /// [`Vm::run_executor`]'s body; `current` is the executor it runs, set when it enters one.
    #[inline(always)]
    fn run_executors(&mut self, index: usize, current: &mut usize) -> PyResult<bool> {
        let Some(mut exec) = self.executor(index) else {
            return Ok(false);
        };
        if !exec.head.valid.get() {
            self.trace_stats.invalidated += 1;
            return Ok(false);
        }
        self.trace_stats.entered += 1;
        exec.head.enter();
        *current = index;
        let mut root_frame = self.frame_count - 1;
        let stack = self.stack_ptr();
        let mut r = Regs::load(self.top_frame(), stack);
        loop {
            let uops = exec.uops;
            let sites = exec.sites;
            let mut next = 0;
            let step = loop {
                debug_assert!(next < uops.len());
                // SAFETY: a trace ends with a terminator (`_JUMP_TO_TOP` goes back to 0,
                // `_EXIT_TRACE` leaves), and only `next += 1` after a non-terminator moves on,
                // so `next` stays below the trace's length.
                let u: &UopInst = unsafe { uops.get_unchecked(next) };
                next += 1;
                // The snapshot of the recorded instruction (terminators have none).
                let site = || Site(sites[usize::from(u.step)].as_ptr().cast_mut());
                let arg = u.oparg as usize;
                match u.uop {
                    Uop::NOP => {}
                    Uop::POP_TOP => {
                        r.pop();
                    }
                    Uop::PUSH_NULL => r.push(Value::Null),
                    Uop::COPY => {
                        let value = r.peek(arg);
                        r.push(value);
                    }
                    Uop::SWAP => {
                        let top = r.peek(1);
                        let other = r.peek(arg);
                        r.poke(1, other);
                        r.poke(arg, top);
                    }
                    Uop::LOAD_CONST => {
                        let value = r.code.consts.items()[arg];
                        r.push(value);
                    }
                    Uop::LOAD_CONST_INLINE => {
                        // SAFETY: an object operand was folded from a watched dict or a class
                        // the executor assumes unchanged: while the executor is valid that
                        // holder still holds it (any change invalidates the executor, and a
                        // validity check follows every uop that may run code).
                        let value = unsafe {
                            spec_attr::decode_value(
                                u.oparg,
                                u.operand as u32,
                                (u.operand >> 32) as u32,
                            )
                        };
                        r.push(value);
                    }
                    Uop::LOAD_FAST => {
                        let value = r.local(arg);
                        if value.is_null() {
                            break Step::Exit(u.target);
                        }
                        r.push(value);
                    }
                    Uop::STORE_FAST => {
                        let value = r.pop();
                        r.set_local(arg, value);
                    }
                    Uop::LOAD_DEREF => {
                        let value = self.cell_in(r.local(arg)).value.get();
                        if value.is_null() {
                            break Step::Exit(u.target);
                        }
                        r.push(value);
                    }
                    Uop::STORE_DEREF => {
                        let value = r.pop();
                        self.cell_in(r.local(arg)).value.set(value);
                    }
                    Uop::LOAD_CLOSURE => {
                        let cell = r.local(arg);
                        r.push(cell);
                    }
                    // -- globals
                    Uop::GUARD_GLOBALS_KEYS => {
                        // SAFETY: r.frame is the active record.
                        let globals = unsafe { (*r.frame).globals };
                        if globals.keys_version.get() != cache_u64(site(), spec_attr::KEYS) {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_BUILTINS_KEYS => {
                        let keys = cache_u64(site(), spec_attr::BUILTIN_KEYS);
                        if self.builtins().keys_version.get() != keys {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::LOAD_GLOBAL_MODULE | Uop::LOAD_GLOBAL_BUILTIN => {
                        let dict = if u.uop == Uop::LOAD_GLOBAL_MODULE {
                            // SAFETY: r.frame is the active record.
                            unsafe { (*r.frame).globals }
                        } else {
                            self.builtins()
                        };
                        let index = (site().cache(0) >> 16) as usize;
                        match dict.entries().get(index) {
                            Some(entry) => r.push(entry.value.get()),
                            None => break Step::Exit(u.target),
                        }
                    }
                    Uop::LOAD_GLOBAL => {
                        r.save(u.target as usize);
                        // SAFETY: r.frame is the active record.
                        let globals = unsafe { (*r.frame).globals };
                        let name = self.code_name(r.code, u.oparg);
                        let value = try_uop!(self.load_global(globals, name), u.target);
                        r.push(value);
                    }
                    Uop::STORE_GLOBAL => {
                        r.save(u.target as usize);
                        // SAFETY: r.frame is the active record.
                        let globals = unsafe { (*r.frame).globals };
                        let name = self.code_name(r.code, u.oparg);
                        let value = r.peek(1);
                        try_uop!(self.dict_set(globals, name.value(), value), u.target);
                        r.pop();
                    }
                    Uop::LOAD_NAME => {
                        r.save(u.target as usize);
                        // SAFETY: r.frame is the active record.
                        let (globals, locals) = unsafe { ((*r.frame).globals, (*r.frame).locals) };
                        let name = self.code_name(r.code, u.oparg);
                        let value = try_uop!(self.load_name(locals, globals, name), u.target);
                        r.push(value);
                    }
                    Uop::STORE_NAME => {
                        r.save(u.target as usize);
                        // SAFETY: r.frame is the active record.
                        let (globals, locals) = unsafe { ((*r.frame).globals, (*r.frame).locals) };
                        let name = self.code_name(r.code, u.oparg);
                        let target = self.namespace_of(locals, globals);
                        let value = r.peek(1);
                        try_uop!(self.dict_set(target, name.value(), value), u.target);
                        r.pop();
                    }
                    // -- arithmetic
                    Uop::GUARD_BOTH_INT => {
                        if r.peek_two_ints().is_none() {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_BOTH_FLOAT => {
                        if r.peek_two_floats().is_none() {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_BOTH_NUMBER => {
                        let ok = matches!(
                            (r.peek(2), r.peek(1)),
                            (Value::Int(_), Value::Float(_))
                                | (Value::Float(_), Value::Int(_))
                                | (Value::Float(_), Value::Float(_))
                        );
                        if !ok {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_BOTH_STR => {
                        if !(specialize::is_str(r.peek(2)) && specialize::is_str(r.peek(1))) {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::BINARY_OP_ADD_INT
                    | Uop::BINARY_OP_SUBTRACT_INT
                    | Uop::BINARY_OP_MULTIPLY_INT
                    | Uop::BINARY_OP_INT => {
                        let Some((a, b)) = r.peek_two_ints() else {
                            break Step::Exit(u.target);
                        };
                        let result = match u.uop {
                            Uop::BINARY_OP_ADD_INT => a.checked_add(b).map(Value::Int),
                            Uop::BINARY_OP_SUBTRACT_INT => a.checked_sub(b).map(Value::Int),
                            Uop::BINARY_OP_MULTIPLY_INT => a.checked_mul(b).map(Value::Int),
                            _ => int_fast_path(u.oparg, a, b),
                        };
                        let Some(value) = result else {
                            break Step::Exit(u.target);
                        };
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::BINARY_OP_ADD_FLOAT
                    | Uop::BINARY_OP_SUBTRACT_FLOAT
                    | Uop::BINARY_OP_MULTIPLY_FLOAT
                    | Uop::BINARY_OP_FLOAT => {
                        let Some((a, b)) = r.peek_two_floats() else {
                            break Step::Exit(u.target);
                        };
                        let value = match u.uop {
                            Uop::BINARY_OP_ADD_FLOAT => a + b,
                            Uop::BINARY_OP_SUBTRACT_FLOAT => a - b,
                            Uop::BINARY_OP_MULTIPLY_FLOAT => a * b,
                            _ if b != 0.0 => a / b,
                            _ => break Step::Exit(u.target),
                        };
                        r.pop();
                        r.poke(1, Value::Float(value));
                    }
                    Uop::BINARY_OP_MIXED => {
                        let fast = match (r.peek(2), r.peek(1)) {
                            (Value::Int(a), Value::Float(b)) if fits_float(a) => {
                                float_fast_path(u.oparg, a as f64, b)
                            }
                            (Value::Float(a), Value::Int(b)) if fits_float(b) => {
                                float_fast_path(u.oparg, a, b as f64)
                            }
                            (Value::Float(a), Value::Float(b)) => float_fast_path(u.oparg, a, b),
                            _ => None,
                        };
                        let Some(value) = fast else {
                            break Step::Exit(u.target);
                        };
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::BINARY_OP_ADD_STR => {
                        let (lhs, rhs) = (r.peek(2), r.peek(1));
                        r.save(u.target as usize);
                        let value = try_uop!(self.concat_strs(&[lhs, rhs]), u.target).value();
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::BINARY_OP => {
                        let (lhs, rhs) = (r.peek(2), r.peek(1));
                        r.save(u.target as usize);
                        let value = try_uop!(self.binary_generic(u.oparg, lhs, rhs), u.target);
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::COMPARE_OP_INT | Uop::COMPARE_OP_FLOAT | Uop::COMPARE_OP_STR => {
                        let (lhs, rhs) = (r.peek(2), r.peek(1));
                        let truth = match (CompareOp::from_arg(u.oparg), u.uop, lhs, rhs) {
                            (Some(op), Uop::COMPARE_OP_INT, Value::Int(a), Value::Int(b)) => {
                                Some(super::interp::compare_ord(op, a.cmp(&b)))
                            }
                            (Some(op), Uop::COMPARE_OP_FLOAT, Value::Float(a), Value::Float(b)) => {
                                Some(compare_float(op, a, b))
                            }
                            (Some(op), Uop::COMPARE_OP_STR, _, _) => {
                                match (specialize::as_str(lhs), specialize::as_str(rhs)) {
                                    (Some(a), Some(b)) => Some(super::interp::compare_ord(
                                        op,
                                        a.as_str().cmp(b.as_str()),
                                    )),
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        let Some(truth) = truth else {
                            break Step::Exit(u.target);
                        };
                        r.pop();
                        r.poke(1, Value::Bool(truth));
                    }
                    Uop::COMPARE_OP => {
                        let (lhs, rhs) = (r.peek(2), r.peek(1));
                        r.save(u.target as usize);
                        let value = try_uop!(self.compare_generic(u.oparg, lhs, rhs), u.target);
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::IS_OP => {
                        let rhs = r.pop();
                        let lhs = r.peek(1);
                        r.poke(1, Value::Bool(lhs.is(rhs) != (u.oparg == 1)));
                    }
                    Uop::CONTAINS_OP => {
                        r.save(u.target as usize);
                        let (item, container) = (r.peek(2), r.peek(1));
                        let found = try_uop!(self.contains(container, item), u.target);
                        r.pop();
                        r.poke(1, Value::Bool(found != (u.oparg == 1)));
                    }
                    Uop::UNARY_NOT => {
                        r.save(u.target as usize);
                        let truth = try_uop!(self.truthy(r.peek(1)), u.target);
                        r.poke(1, Value::Bool(!truth));
                    }
                    Uop::UNARY_NEGATIVE | Uop::UNARY_INVERT => {
                        r.save(u.target as usize);
                        let operand = r.peek(1);
                        let value = if u.uop == Uop::UNARY_NEGATIVE {
                            try_uop!(self.negate(operand), u.target)
                        } else {
                            try_uop!(self.invert(operand), u.target)
                        };
                        r.poke(1, value);
                    }
                    Uop::BINARY_SUBSCR => {
                        r.save(u.target as usize);
                        let (container, key) = (r.peek(2), r.peek(1));
                        let value = try_uop!(self.get_item(container, key), u.target);
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::STORE_SUBSCR => {
                        r.save(u.target as usize);
                        let (value, container, key) = (r.peek(3), r.peek(2), r.peek(1));
                        try_uop!(self.set_item(container, key, value), u.target);
                        r.sp -= 3;
                    }
                    Uop::BUILD_SLICE => {
                        r.save(u.target as usize);
                        let step = if u.oparg == 3 { r.pop() } else { Value::None };
                        let (start, stop) = (r.peek(2), r.peek(1));
                        let slice = try_uop!(self.new_slice(start, stop, step), u.target);
                        r.pop();
                        r.poke(1, slice.value());
                    }
                    Uop::BUILD_STRING => {
                        r.save(u.target as usize);
                        let start = r.sp - arg;
                        let s = try_uop!(self.concat_strs(r.slice_from(start)), u.target);
                        r.sp = start;
                        r.push(s.value());
                    }
                    Uop::FORMAT_VALUE => {
                        r.save(u.target as usize);
                        let spec = if u.oparg & 4 != 0 {
                            r.pop()
                        } else {
                            Value::Null
                        };
                        let value = r.peek(1);
                        let text = try_uop!(self.format_field(value, u.oparg & 3, spec), u.target);
                        r.poke(1, text.value());
                    }
                    Uop::LIST_EXTEND => {
                        r.save(u.target as usize);
                        let iterable = r.peek(1);
                        let list = self.expect_list(r.peek(arg + 1));
                        try_uop!(self.list_extend(list, iterable), u.target);
                        r.pop();
                    }
                    Uop::STORE_ATTR_INSTANCE_ADD => {
                        let (owner, value) = (r.peek(1), r.peek(2));
                        let site = site();
                        let before = cache_u64(site, spec_attr::SHAPE);
                        let Ok(instance) = spec_attr::add_target(owner, before) else {
                            break Step::Exit(u.target);
                        };
                        let index = instance.shape.get().count as usize;
                        let after = spec_attr::add_shape(before, site.cache(spec_attr::VERSION));
                        match instance.values.get() {
                            Some(values) if index < values.cap => {
                                values.cells()[index].set(value);
                                instance.shape.set(after);
                            }
                            _ => {
                                r.save(u.target as usize);
                                try_uop!(
                                    self.add_attr_grow(instance, index, after, value),
                                    u.target
                                );
                            }
                        }
                        r.pop();
                        r.pop();
                    }
                    Uop::LOAD_ATTR => {
                        r.save(u.target as usize);
                        let name = self.code_name(r.code, u.oparg);
                        let value = try_uop!(self.get_attr(r.peek(1), name), u.target);
                        r.poke(1, value);
                    }
                    Uop::LOAD_METHOD => {
                        r.save(u.target as usize);
                        let name = self.code_name(r.code, u.oparg);
                        let (callable, receiver) =
                            try_uop!(self.load_method(r.peek(1), name), u.target);
                        r.poke(1, callable);
                        r.push(receiver);
                    }
                    Uop::STORE_ATTR => {
                        r.save(u.target as usize);
                        let name = self.code_name(r.code, u.oparg);
                        let (obj, value) = (r.peek(1), r.peek(2));
                        try_uop!(self.set_attr(obj, name, value), u.target);
                        r.pop();
                        r.pop();
                    }
                    // -- truth and branches
                    Uop::TO_BOOL_INT => match r.peek(1) {
                        Value::Int(i) => r.poke(1, Value::Bool(i != 0)),
                        _ => break Step::Exit(u.target),
                    },
                    Uop::TO_BOOL_NONE => match r.peek(1) {
                        Value::None => r.poke(1, Value::Bool(false)),
                        _ => break Step::Exit(u.target),
                    },
                    Uop::TO_BOOL_LIST => match r.peek(1) {
                        Value::Obj(obj) if obj.kind() == Kind::List => {
                            // SAFETY: the kind byte says it is a list.
                            let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                            r.poke(1, Value::Bool(list.len.get() != 0));
                        }
                        _ => break Step::Exit(u.target),
                    },
                    Uop::TO_BOOL => {
                        let value = r.peek(1);
                        let truth = match value {
                            Value::Bool(b) => b,
                            _ => {
                                r.save(u.target as usize);
                                try_uop!(self.truthy(value), u.target)
                            }
                        };
                        r.poke(1, Value::Bool(truth));
                    }
                    Uop::TO_BOOL_BOOL => {
                        if !matches!(r.peek(1), Value::Bool(_)) {
                            break Step::Exit(u.target);
                        }
                    }
                    // The table puts a truth test (a `TO_BOOL*` or a comparison) before these,
                    // so the value is a bool.
                    Uop::GUARD_IS_TRUE_POP | Uop::GUARD_IS_FALSE_POP => {
                        let want = u.uop == Uop::GUARD_IS_TRUE_POP;
                        if !matches!(r.pop(), Value::Bool(b) if b == want) {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_IS_NONE_POP | Uop::GUARD_IS_NOT_NONE_POP => {
                        let is_none = matches!(r.pop(), Value::None);
                        if is_none != (u.uop == Uop::GUARD_IS_NONE_POP) {
                            break Step::Exit(u.target);
                        }
                    }
                    // -- attributes: the same guards as tier 1's forms, on the snapshot
                    Uop::LOAD_ATTR_INSTANCE_VALUE
                    | Uop::LOAD_ATTR_CLASS_VALUE
                    | Uop::LOAD_ATTR_MODULE
                    | Uop::LOAD_ATTR_CLASS => {
                        let owner = r.peek(1);
                        let site = site();
                        let aux = (site.cache(0) >> 16) as usize;
                        let version = site.cache(spec_attr::VERSION);
                        let fast = match u.uop {
                            Uop::LOAD_ATTR_INSTANCE_VALUE => spec_attr::instance_values(
                                owner,
                                version,
                                cache_u64(site, spec_attr::SHAPE),
                                aux,
                            )
                            .map(|values| values.cells()[aux].get()),
                            Uop::LOAD_ATTR_MODULE => spec_attr::module_entry(
                                owner,
                                cache_u64(site, spec_attr::KEYS),
                                aux,
                            ),
                            Uop::LOAD_ATTR_CLASS_VALUE => spec_attr::check_class_of(
                                owner,
                                version,
                                cache_u64(site, spec_attr::SHAPE),
                            )
                            .map(|()| cached_value(site)),
                            _ => {
                                spec_attr::check_class(owner, version).map(|()| cached_value(site))
                            }
                        };
                        match fast {
                            Ok(value) => r.poke(1, value),
                            Err(_) => break Step::Exit(u.target),
                        }
                    }
                    Uop::LOAD_METHOD_WITH_VALUES
                    | Uop::LOAD_METHOD_MODULE
                    | Uop::LOAD_METHOD_BUILTIN
                    | Uop::LOAD_METHOD_CLASS => {
                        let owner = r.peek(1);
                        let site = site();
                        let aux = (site.cache(0) >> 16) as usize;
                        let version = site.cache(spec_attr::VERSION);
                        let fast = match u.uop {
                            Uop::LOAD_METHOD_WITH_VALUES => spec_attr::check_class_of(
                                owner,
                                version,
                                cache_u64(site, spec_attr::SHAPE),
                            )
                            .map(|()| (cached_object(site, spec_attr::CACHED), owner)),
                            Uop::LOAD_METHOD_MODULE => spec_attr::module_entry(
                                owner,
                                cache_u64(site, spec_attr::KEYS),
                                aux,
                            )
                            .map(|attr| (attr, Value::Null)),
                            Uop::LOAD_METHOD_BUILTIN => match owner {
                                Value::Obj(obj) if obj.kind() as u32 == version => {
                                    Ok((cached_object(site, spec_attr::SHAPE), owner))
                                }
                                _ => Err(Reason::AttrKind),
                            },
                            _ => spec_attr::check_class(owner, version).map(|()| {
                                let receiver = if aux == 1 { owner } else { Value::Null };
                                (cached_value(site), receiver)
                            }),
                        };
                        match fast {
                            Ok((callable, receiver)) => {
                                r.poke(1, callable);
                                r.push(receiver);
                            }
                            Err(_) => break Step::Exit(u.target),
                        }
                    }
                    Uop::STORE_ATTR_INSTANCE_VALUE => {
                        let (owner, value) = (r.peek(1), r.peek(2));
                        let site = site();
                        let index = (site.cache(0) >> 16) as usize;
                        let values = spec_attr::instance_values(
                            owner,
                            site.cache(spec_attr::VERSION),
                            cache_u64(site, spec_attr::SHAPE),
                            index,
                        );
                        match values {
                            Ok(values) => values.cells()[index].set(value),
                            Err(_) => break Step::Exit(u.target),
                        }
                        r.pop();
                        r.pop();
                    }
                    // -- containers
                    Uop::BINARY_SUBSCR_LIST_INT | Uop::BINARY_SUBSCR_TUPLE_INT => {
                        let (container, key) = (r.peek(2), r.peek(1));
                        let item = match (container, key) {
                            (Value::Obj(obj), Value::Int(index))
                                if u.uop == Uop::BINARY_SUBSCR_LIST_INT
                                    && obj.kind() == Kind::List =>
                            {
                                // SAFETY: the kind byte says it is a list.
                                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                let items = list.items();
                                seq_index(index, items.len()).map(|i| items[i].get())
                            }
                            (Value::Obj(obj), Value::Int(index)) if obj.kind() == Kind::Tuple => {
                                // SAFETY: the kind byte says it is a tuple.
                                let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                                let items = tuple.items();
                                seq_index(index, items.len()).map(|i| items[i])
                            }
                            _ => None,
                        };
                        let Some(item) = item else {
                            break Step::Exit(u.target);
                        };
                        r.pop();
                        r.poke(1, item);
                    }
                    Uop::BINARY_SUBSCR_DICT => {
                        let (container, key) = (r.peek(2), r.peek(1));
                        let dict = match container {
                            // SAFETY: the kind byte says it is a dict.
                            Value::Obj(obj) if obj.kind() == Kind::Dict => unsafe {
                                Gc::<DictObj>::from_obj_unchecked(obj)
                            },
                            _ => break Step::Exit(u.target),
                        };
                        r.save(u.target as usize);
                        let value = match try_uop!(self.dict_get(dict, key), u.target) {
                            Some(value) => value,
                            None => {
                                break Step::Error(
                                    self.raise_with_args(Cls::KeyError, &[key]),
                                    u.target,
                                );
                            }
                        };
                        r.pop();
                        r.poke(1, value);
                    }
                    Uop::STORE_SUBSCR_LIST_INT => {
                        let (value, container, key) = (r.peek(3), r.peek(2), r.peek(1));
                        let stored = match (container, key) {
                            (Value::Obj(obj), Value::Int(index)) if obj.kind() == Kind::List => {
                                // SAFETY: the kind byte says it is a list.
                                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                let items = list.items();
                                seq_index(index, items.len()).map(|i| items[i].set(value))
                            }
                            _ => None,
                        };
                        if stored.is_none() {
                            break Step::Exit(u.target);
                        }
                        r.sp -= 3;
                    }
                    Uop::UNPACK_SEQUENCE_TWO_TUPLE
                    | Uop::UNPACK_SEQUENCE_TUPLE
                    | Uop::UNPACK_SEQUENCE_LIST => {
                        let seq = r.peek(1);
                        let want_list = u.uop == Uop::UNPACK_SEQUENCE_LIST;
                        match seq {
                            Value::Obj(obj) if !want_list && obj.kind() == Kind::Tuple => {
                                // SAFETY: the kind byte says it is a tuple.
                                let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                                let items = tuple.items();
                                if items.len() != arg {
                                    break Step::Exit(u.target);
                                }
                                r.pop();
                                r.push_reversed(items);
                            }
                            Value::Obj(obj) if want_list && obj.kind() == Kind::List => {
                                // SAFETY: the kind byte says it is a list.
                                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                                let items = list.items();
                                if items.len() != arg {
                                    break Step::Exit(u.target);
                                }
                                r.pop();
                                for item in items.iter().rev() {
                                    r.push(item.get());
                                }
                            }
                            _ => break Step::Exit(u.target),
                        }
                    }
                    Uop::BUILD_TUPLE | Uop::BUILD_LIST => {
                        r.save(u.target as usize);
                        let start = r.sp - arg;
                        let value = if u.uop == Uop::BUILD_TUPLE {
                            try_uop!(self.new_tuple(r.slice_from(start)), u.target).value()
                        } else {
                            try_uop!(self.new_list(r.slice_from(start)), u.target).value()
                        };
                        r.sp = start;
                        r.push(value);
                    }
                    Uop::LIST_APPEND => {
                        r.save(u.target as usize);
                        let item = r.pop();
                        let list = self.expect_list(r.peek(arg));
                        try_uop!(self.list_append(list, item), u.target);
                    }
                    // -- iteration
                    Uop::ITER_CHECK_RANGE => {
                        if !r
                            .peek(1)
                            .as_obj()
                            .is_some_and(|o| o.kind() == Kind::RangeIter)
                        {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::ITER_CHECK_LIST | Uop::ITER_CHECK_TUPLE => {
                        let want = if u.uop == Uop::ITER_CHECK_LIST {
                            Kind::List
                        } else {
                            Kind::Tuple
                        };
                        let ok = match r.peek(1) {
                            Value::Obj(obj) if obj.kind() == Kind::SeqIter => {
                                // SAFETY: the kind byte says it is a sequence iterator.
                                let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                                !it.reverse
                                    && it.seq.get().as_obj().is_some_and(|s| s.kind() == want)
                            }
                            _ => false,
                        };
                        if !ok {
                            break Step::Exit(u.target);
                        }
                    }
                    Uop::GUARD_NOT_EXHAUSTED | Uop::GUARD_EXHAUSTED => {
                        // After ITER_CHECK_*: a range iterator or a forward list/tuple iterator.
                        let exhausted = match r.peek(1) {
                            Value::Obj(obj) if obj.kind() == Kind::RangeIter => {
                                // SAFETY: the kind byte says it is a range iterator.
                                let it = unsafe { Gc::<RangeIterObj>::from_obj_unchecked(obj) };
                                it.remaining.get() == 0
                            }
                            Value::Obj(obj) => {
                                // SAFETY: ITER_CHECK_LIST/TUPLE proved a sequence iterator.
                                let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                                it.index.get() >= self.seq_items(it.seq.get()).len()
                            }
                            _ => true,
                        };
                        if exhausted != (u.uop == Uop::GUARD_EXHAUSTED) {
                            break Step::Exit(u.target);
                        }
                        if exhausted
                            && let Some(obj) = r.peek(1).as_obj()
                            && obj.kind() == Kind::SeqIter
                        {
                            // SAFETY: as above; exhausted for good, as in tier 1.
                            let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                            it.seq.set(Value::Null);
                        }
                    }
                    Uop::ITER_NEXT_RANGE => {
                        let Some(obj) = r.peek(1).as_obj() else {
                            break Step::Exit(u.target);
                        };
                        // SAFETY: ITER_CHECK_RANGE proved a range iterator.
                        let it = unsafe { Gc::<RangeIterObj>::from_obj_unchecked(obj) };
                        let value = it.next.get();
                        it.remaining.set(it.remaining.get() - 1);
                        it.next.set(value.wrapping_add(it.step));
                        r.push(Value::Int(value));
                    }
                    Uop::ITER_NEXT_LIST | Uop::ITER_NEXT_TUPLE => {
                        let Some(obj) = r.peek(1).as_obj() else {
                            break Step::Exit(u.target);
                        };
                        // SAFETY: ITER_CHECK_LIST/TUPLE proved a sequence iterator.
                        let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                        let index = it.index.get();
                        let Some(&item) = self.seq_items(it.seq.get()).get(index) else {
                            break Step::Exit(u.target);
                        };
                        it.index.set(index + 1);
                        r.push(item);
                    }
                    Uop::GET_ITER => {
                        r.save(u.target as usize);
                        let iter = try_uop!(self.get_iter(r.peek(1)), u.target);
                        if u.oparg == 1 {
                            self.claim_for_loop(iter);
                        }
                        r.poke(1, iter);
                    }
                    // -- calls and frames
                    Uop::INIT_CALL_PY | Uop::CALL_BUILTIN => {
                        let units = &sites[usize::from(u.step)];
                        let Some(opcode) = Opcode::from_u8(decode(units[0]).0) else {
                            break Step::Exit(u.target);
                        };
                        let callable_at = r.sp - arg - 2;
                        if u.uop == Uop::INIT_CALL_PY && !callee_is(r.peek(arg + 2), u.operand) {
                            // Another function than the one whose body the trace recorded.
                            break Step::Exit(u.target);
                        }
                        // The call returns to the instruction after the call.
                        r.pc = u.target as usize + opcode.size() as usize;
                        r.save(u.target as usize);
                        let cache = [units[2], units[3], units[4]];
                        match self.call_specialized(opcode, stack, callable_at, arg, cache) {
                            Ok(Some(value)) => {
                                r.sp = callable_at;
                                r.push(value);
                            }
                            Ok(None) => {
                                // SAFETY: r.frame is still the caller's record.
                                unsafe { (*r.frame).sp = callable_at };
                                if u.uop != Uop::INIT_CALL_PY {
                                    // A frame the trace did not record: let tier 1 run it.
                                    break Step::Resume;
                                }
                            }
                            Err(super::spec_call::NotFast::Miss(_)) => break Step::Exit(u.target),
                            Err(super::spec_call::NotFast::Raised(err)) => {
                                break Step::Error(err, u.target);
                            }
                        }
                    }
                    Uop::PUSH_FRAME => {
                        r = Regs::load(self.top_frame(), stack);
                    }
                    Uop::POP_FRAME => {
                        // SAFETY: r.frame is the active record.
                        let record = unsafe { *r.frame };
                        let result = r.peek(1);
                        if record.entry || (record.init && !matches!(result, Value::None)) {
                            // Returning to Rust, or an `__init__` returning something (the
                            // error is tier 1's to raise): tier 1 does it.
                            break Step::Exit(u.target);
                        }
                        // The caller must be the one the trace recorded, at the same call.
                        // SAFETY: a frame that is not an entry frame has a caller record below.
                        let caller = unsafe { *self.frame_ptr(self.frame_count - 2) };
                        if caller.code.obj().addr() as u64 != u.operand || caller.pc != arg {
                            break Step::Exit(u.target);
                        }
                        r.pop();
                        self.pop_frame();
                        r = Regs::load(self.top_frame(), stack);
                        if record.init {
                            // The instance waits in the callable's cell (the caller's sp).
                            let instance = r.peek(0);
                            r.push(instance);
                        } else {
                            r.push(result);
                        }
                    }
                    Uop::CHECK_VALIDITY => {
                        if !exec.head.valid.get() {
                            break Step::Exit(u.target);
                        }
                    }
                    // The recorder resolves this placeholder into a guard; it is never in a trace.
                    Uop::BRANCH_ON_BOOL => break Step::Exit(u.target),
                    // -- trace control
                    Uop::JUMP_TO_TOP => next = 0,
                    Uop::EXIT_TRACE => break Step::Exit(u.target),
                }
            };
            let (target, exit) = match step {
                // The callee's record (pushed by the call) already says where it starts.
                Step::Resume => return Ok(true),
                Step::Error(err, at) => {
                    r.save(at as usize);
                    return Err(err);
                }
                Step::Exit(target) => (target, next - 1),
            };
            self.trace_stats.exits += 1;
            let slot = &exec.exits[exit];
            let mut link = slot.link.get() as usize;
            let mut linked = link.checked_sub(1).and_then(|to| self.executor(to));
            if linked.is_none() {
                // No link, or the linked executor was freed: an exit to a loop whose executor
                // exists links to it at once.
                slot.link.set(0);
                let unit = r.code.code().get(target as usize).map_or(0, |u| u.get());
                let (op, _) = decode(unit);
                if op == Opcode::ENTER_EXECUTOR as u8 {
                    link = (r.code.code()[target as usize + 1].get() >> 16) as usize;
                    linked = link.checked_sub(1).and_then(|to| self.executor(to));
                    if linked.is_some() {
                        slot.link.set(link as u32);
                        self.trace_stats.links += 1;
                    }
                }
            }
            if let Some(linked) = linked
                && linked.head.valid.get()
            {
                // The linked trace starts where this exit resumes: go on there. Another
                // chain's root trace runs its loop in the frame running now.
                if linked.head.root != exec.head.root {
                    root_frame = self.frame_count - 1;
                }
                exec.head.leave();
                linked.head.enter();
                exec = linked;
                *current = link - 1;
                continue;
            }
            r.pc = target as usize;
            r.save(target as usize);
            let counter = Counter::from_bits(slot.counter.get());
            if counter.triggers() {
                // Hot: record a side trace from here. If it cannot start or is thrown away,
                // the backed-off counter makes the next attempt wait twice as long.
                slot.counter.set(counter.back_off().to_bits());
                self.start_side_trace(*current as u32, exit as u32, root_frame);
            } else {
                slot.counter.set(counter.tick().to_bits());
            }
            return Ok(true);
        }
    }
}

/// Whether calling `callable` runs the code at address `code`, the callee the trace
/// recorded. A bound method or a class is decided by its call form's own guards (function
/// and class versions fix the code), so only a plain function is checked here.
fn callee_is(callable: Value, code: u64) -> bool {
    match callable
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::FunctionObj>())
    {
        Some(func) => func.code.obj().addr() as u64 == code,
        None => true,
    }
}
