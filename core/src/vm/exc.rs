//! The handler side of exceptions: what `except`, `finally` and `with` blocks do at run time,
//! and exception chaining (`__context__`, `__cause__`).
//!
//! The VM keeps one "exception being handled" (`Vm::handled`, CPython's `exc_info`):
//! `PUSH_EXC_INFO` saves it on the value stack and replaces it with the caught exception,
//! `POP_EXCEPT` puts the saved one back. Every exception raised while one is being handled
//! gets it as `__context__`, which is how tracebacks print "During handling of the above
//! exception, another exception occurred".
//!
//! Chaining attributes live in the exception instance as ordinary attributes; an exception
//! that never had them set reads them as `None` (`__suppress_context__` as `False`).

use super::{Args, Cls, Name, PyResult, Raised, Vm};
use crate::object::{ClassObj, Gc, InstanceObj, TupleObj};
use crate::value::Value;

/// How many `__context__` links the cycle check walks before giving up (a longer chain is
/// left as it is; CPython walks without a bound, but a chain this long never occurs).
const CONTEXT_WALK_LIMIT: usize = 10_000;

impl Vm<'_> {
    /// `PUSH_EXC_INFO`: makes `exc` the exception being handled and returns the previous
    /// one (`None` when there was none), which the handler keeps on the stack.
    pub(crate) fn push_exc_info(&mut self, exc: Value) -> Value {
        let previous = match self.handled {
            Value::Null => Value::None,
            value => value,
        };
        self.handled = exc;
        previous
    }

    /// `POP_EXCEPT`: restores the exception being handled saved by `PUSH_EXC_INFO`.
    pub(crate) fn pop_exc_info(&mut self, previous: Value) {
        self.handled = previous;
    }

    /// The exception being handled, if any (what a bare `raise` re-raises).
    pub(crate) fn handled_exception(&self) -> Option<Value> {
        match self.handled {
            Value::Null | Value::None => None,
            value => Some(value),
        }
    }

    /// Forgets the handler state (the host starts a fresh run).
    pub(crate) fn reset_handled(&mut self) {
        self.handled = Value::Null;
    }

    /// `CHECK_EXC_MATCH`: whether `exc` matches the `except` clause's `spec` (a class or a
    /// tuple of classes).
    pub(crate) fn exception_matches(&mut self, exc: Value, spec: Value) -> PyResult<bool> {
        let base = self.class(Cls::BaseException);
        if let Some(tuple) = spec.as_obj().and_then(|o| o.downcast::<TupleObj>()) {
            for item in tuple.items() {
                if self.exception_class_of(*item, base).is_none() {
                    return Err(self.bad_except_clause());
                }
            }
            return Ok(tuple.items().iter().any(|item| {
                self.exception_class_of(*item, base)
                    .is_some_and(|class| self.is_instance_of(exc, class))
            }));
        }
        match self.exception_class_of(spec, base) {
            Some(class) => Ok(self.is_instance_of(exc, class)),
            None => Err(self.bad_except_clause()),
        }
    }

    /// `value` as a subclass of `base`, or `None`.
    fn exception_class_of(&self, value: Value, base: Gc<ClassObj>) -> Option<Gc<ClassObj>> {
        value
            .as_obj()
            .and_then(|o| o.downcast::<ClassObj>())
            .filter(|class| class.is_subclass_of(base))
    }

    #[cold]
    fn bad_except_clause(&mut self) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("catching classes that do not inherit from BaseException is not allowed"),
        )
    }

    /// `BEFORE_WITH`: looks up the manager's `__enter__` and `__exit__`, calls `__enter__`,
    /// and returns `(bound __exit__, result of __enter__)`.
    pub(crate) fn before_with(&mut self, manager: Value) -> PyResult<(Value, Value)> {
        let Some(enter) = self.lookup_special(manager, Name::__enter__)? else {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "'{}' object does not support the context manager protocol",
                    self.type_name(manager)
                ),
            ));
        };
        let Some(exit) = self.lookup_special(manager, Name::__exit__)? else {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    self.type_name(manager)
                ),
            ));
        };
        let exit = self.new_method(exit, manager)?.value();
        let entered = self.call_method_value(enter, manager, &Args::positional(&[]))?;
        Ok((exit, entered))
    }

    /// `WITH_EXCEPT_START`: `exit(type(exc), exc, traceback)`.
    pub(crate) fn with_except_start(&mut self, exit: Value, exc: Value) -> PyResult<Value> {
        let class = self.class_of(exc).value();
        let traceback = self.traceback_of(exc)?;
        self.call(exit, &[class, exc, traceback])
    }

    /// `exc.__traceback__`: `None` before it is raised, else a `traceback` object. Tracery's
    /// traceback objects are opaque tokens (the entries stay inside the exception), enough
    /// for the `tb is None` tests programs make.
    pub(crate) fn traceback_of(&mut self, exc: Value) -> PyResult<Value> {
        let raised = exc
            .as_obj()
            .and_then(|o| o.downcast::<InstanceObj>())
            .is_some_and(|i| !i.extra.get().is_null());
        if !raised {
            return Ok(Value::None);
        }
        let class = self.class(Cls::Traceback);
        Ok(self.new_instance(class)?.value())
    }

    /// Links `exc.__context__` to the exception being handled, as every raise does.
    pub(crate) fn chain_context(&mut self, exc: Value) {
        let Some(handled) = self.handled_exception() else {
            return;
        };
        if handled.is(exc)
            || exc
                .as_obj()
                .and_then(|o| o.downcast::<InstanceObj>())
                .is_none()
        {
            return;
        }
        // Break a cycle: if `exc` is already in the handled exception's context chain, cut
        // the chain just before it (CPython does the same).
        let mut current = handled;
        for _ in 0..CONTEXT_WALK_LIMIT {
            let next = self.exception_link(current, Name::__context__);
            if next.is_null() || matches!(next, Value::None) {
                break;
            }
            if next.is(exc) {
                self.set_exception_link(current, Name::__context__, Value::None);
                break;
            }
            current = next;
        }
        self.set_exception_link(exc, Name::__context__, handled);
    }

    /// `raise exc from cause`: sets `__cause__` (an instance, `None`) and
    /// `__suppress_context__`.
    pub(crate) fn set_cause(&mut self, exc: Value, cause: Value) -> PyResult<()> {
        let base = self.class(Cls::BaseException);
        let cause = match cause {
            Value::None => Value::None,
            value => match self.exception_class_of(value, base) {
                Some(class) => self.instantiate(class, &Args::positional(&[]))?,
                None if self.is_instance_of(value, base) => value,
                None => {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("exception causes must derive from BaseException"),
                    ));
                }
            },
        };
        self.set_exception_link(exc, Name::__cause__, cause);
        self.set_exception_link(exc, Name::__suppress_context__, Value::Bool(true));
        Ok(())
    }

    /// A chaining attribute of an exception (`Null` when never set).
    pub(crate) fn exception_link(&mut self, exc: Value, name: Name) -> Value {
        let Some(instance) = exc.as_obj().and_then(|o| o.downcast::<InstanceObj>()) else {
            return Value::Null;
        };
        super::attr::instance_attr(instance, self.name(name)).unwrap_or(Value::Null)
    }

    /// Sets a chaining attribute; running out of memory only loses the link.
    fn set_exception_link(&mut self, exc: Value, name: Name, value: Value) {
        let saved = self.exc;
        if self.set_attr(exc, self.name(name), value).is_err() {
            self.exc = saved;
        }
    }

    /// Attributes every exception has without storing them: the chaining attributes when
    /// never set, and `StopIteration.value`.
    pub(crate) fn exception_builtin_attr(
        &mut self,
        instance: Gc<InstanceObj>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        Ok(match name {
            "__traceback__" => Some(self.traceback_of(instance.value())?),
            "__context__" | "__cause__" => Some(Value::None),
            "__suppress_context__" => Some(Value::Bool(false)),
            "value"
                if instance
                    .class
                    .get()
                    .is_subclass_of(self.class(Cls::StopIteration)) =>
            {
                Some(self.stop_iteration_value(instance.value()))
            }
            _ => None,
        })
    }
}
