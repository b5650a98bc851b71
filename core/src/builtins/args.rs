//! Argument checking for builtins, with CPython's messages.

use crate::object::{Gc, StrObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Raised, Vm};

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
    let mut found = None;
    for (key, value) in keyword_pairs(args) {
        if key == name {
            found = Some(value);
        } else if !allowed.contains(&key) {
            return Err(invalid_keyword(vm, func, key));
        }
    }
    Ok(found)
}

/// CPython 3.11's TypeError for a keyword a builtin does not take.
#[cold]
fn invalid_keyword(vm: &mut Vm<'_>, func: &str, key: &str) -> Raised {
    vm.raise_msg(
        Cls::TypeError,
        format_args!("'{key}' is an invalid keyword argument for {func}()"),
    )
}

/// The keyword arguments of `names`, for a builtin whose parameters after the positional
/// ones are all keyword-only (`min(..., *, key, default)`, `list.sort(*, key, reverse)`).
/// Errors like CPython: more keywords than `names` first, then any unknown keyword.
pub(crate) fn keyword_only<const N: usize>(
    vm: &mut Vm<'_>,
    func: &str,
    args: &Args<'_>,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let given = args.kw_values.len();
    if given > N {
        let plural = if N == 1 { "" } else { "s" };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{func}() takes at most {N} keyword argument{plural} ({given} given)"),
        ));
    }
    let mut found = [None; N];
    for (key, value) in keyword_pairs(args) {
        match names.iter().position(|&name| name == key) {
            Some(i) => found[i] = Some(value),
            None => return Err(invalid_keyword(vm, func, key)),
        }
    }
    Ok(found)
}

/// A builtin's parameter list for [`bind`]: every parameter may be passed by position; the
/// first `posonly` only by position, the first `required` must be given.
pub(crate) struct Signature<const N: usize> {
    /// The function's name, as error messages show it.
    pub name: &'static str,
    /// The parameter names in order.
    pub params: [&'static str; N],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// Binds positional and keyword arguments to a builtin's parameters, with the messages of
/// CPython 3.11's argument clinic: too many arguments, too few positional-only ones, a
/// missing required one, one given by name and position, an unknown keyword (in that order).
pub(crate) fn bind<const N: usize>(
    vm: &mut Vm<'_>,
    sig: &Signature<N>,
    args: &Args<'_>,
) -> PyResult<[Option<Value>; N]> {
    let func = sig.name;
    let nargs = args.pos.len();
    let total = nargs + args.kw_values.len();
    if total > N {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        let plural = if N == 1 { "" } else { "s" };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{func}() takes at most {N} {keyword}argument{plural} ({total} given)"),
        ));
    }
    let min_posonly = sig.posonly.min(sig.required);
    if nargs < min_posonly {
        let bound = if min_posonly < N {
            "at least"
        } else {
            "exactly"
        };
        let plural = if min_posonly == 1 { "" } else { "s" };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{func}() takes {bound} {min_posonly} positional argument{plural} ({nargs} given)"
            ),
        ));
    }
    let mut bound = [None; N];
    for (slot, &value) in bound.iter_mut().zip(args.pos) {
        *slot = Some(value);
    }
    let mut used = 0;
    let first_keyword = nargs.max(sig.posonly);
    for (i, (slot, &param)) in bound.iter_mut().zip(&sig.params).enumerate() {
        if i < first_keyword {
            continue;
        }
        *slot = keyword_pairs(args)
            .find(|&(key, _)| key == param)
            .map(|(_, v)| v);
        if slot.is_some() {
            used += 1;
        } else if i < sig.required {
            let pos = i + 1;
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("{func}() missing required argument '{param}' (pos {pos})"),
            ));
        }
    }
    if used < args.kw_values.len() {
        for i in sig.posonly..nargs {
            let param = sig.params[i];
            if keyword_pairs(args).any(|(key, _)| key == param) {
                let pos = i + 1;
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "argument for {func}() given by name ('{param}') and position ({pos})"
                    ),
                ));
            }
        }
        let keywords = &sig.params[sig.posonly..];
        if let Some((key, _)) = keyword_pairs(args).find(|(key, _)| !keywords.contains(key)) {
            return Err(invalid_keyword(vm, func, key));
        }
    }
    Ok(bound)
}

/// The keyword arguments of a call as (name, value) pairs.
fn keyword_pairs<'a>(args: &'a Args<'_>) -> impl Iterator<Item = (&'static str, Value)> + 'a {
    (0..args.kw_values.len()).filter_map(|i| {
        let names = args.kw_names?;
        let key = names.items().get(i)?.as_obj()?.downcast::<StrObj>()?;
        // The names tuple belongs to the call and outlives the pairs.
        Some((crate::vm::extend(key.as_str()), args.kw_values[i]))
    })
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
