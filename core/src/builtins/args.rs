//! Argument checking for builtins, with CPython's messages.

use crate::object::{Gc, StrObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

/// Checks that `args` has between `min` and `max` positional arguments.
pub(crate) fn check_count(
    vm: &mut Vm<'_>,
    name: &str,
    args: &Args<'_>,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let given = args.pos.len();
    if given >= min && given <= max {
        return Ok(());
    }
    Err(if min == max && min == 1 {
        vm.raise_msg(
            Cls::TypeError,
            format_args!("{name}() takes exactly one argument ({given} given)"),
        )
    } else if min == max && min == 0 {
        vm.raise_msg(
            Cls::TypeError,
            format_args!("{name}() takes no arguments ({given} given)"),
        )
    } else if min == max {
        vm.raise_msg(
            Cls::TypeError,
            format_args!("{name} expected {min} arguments, got {given}"),
        )
    } else if given < min {
        let plural = if min == 1 { "" } else { "s" };
        vm.raise_msg(
            Cls::TypeError,
            format_args!("{name} expected at least {min} argument{plural}, got {given}"),
        )
    } else {
        let plural = if max == 1 { "" } else { "s" };
        vm.raise_msg(
            Cls::TypeError,
            format_args!("{name} expected at most {max} argument{plural}, got {given}"),
        )
    })
}

/// Rejects keyword arguments.
pub(crate) fn no_keywords(vm: &mut Vm<'_>, name: &str, args: &Args<'_>) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{name}() takes no keyword arguments"),
        ));
    }
    Ok(())
}

/// The keyword argument `name`, if passed; errors on any keyword not in `allowed`.
pub(crate) fn keyword(
    vm: &mut Vm<'_>,
    func: &str,
    args: &Args<'_>,
    name: &str,
    allowed: &[&str],
) -> PyResult<Option<Value>> {
    let Some(names) = args.kw_names else {
        return Ok(None);
    };
    let mut found = None;
    for (key, &value) in names.items().iter().zip(args.kw_values) {
        let key = key.as_obj().and_then(|o| o.downcast::<StrObj>());
        let Some(key) = key else { continue };
        if key.as_str() == name {
            found = Some(value);
        } else if !allowed.contains(&key.as_str()) {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "{func}() got an unexpected keyword argument '{}'",
                    key.as_str()
                ),
            ));
        }
    }
    Ok(found)
}

/// The argument as a str, or a TypeError naming the function.
pub(crate) fn str_arg(vm: &mut Vm<'_>, value: Value, what: &str) -> PyResult<Gc<StrObj>> {
    match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
        Some(s) => Ok(s),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{what} must be str, not {}", vm.type_name(value)),
        )),
    }
}

/// The argument as an int (bools count), or a TypeError.
pub(crate) fn int_arg(vm: &mut Vm<'_>, value: Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(value)
            ),
        )),
    }
}
