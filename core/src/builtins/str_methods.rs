//! Methods of `str`, with CPython 3.11's semantics and error messages.
//!
//! Strings are UTF-8 and every index a method takes or returns counts characters, so methods
//! convert between character and byte positions; ASCII strings (as many bytes as characters)
//! skip the conversion. Character classes are CPython's (Unicode 14.0.0): spaces, decimals
//! and printables come from `crate::text::unicode`; letters, case and numerals from Rust's
//! `char` methods corrected by the small tables at the end of this file, generated from
//! CPython 3.11's `unicodedata` (see each table's doc for what it holds).

use super::formatting;
use crate::object::func::NativeDef;
use crate::object::{Gc, Kind, ListObj, StrObj, TupleObj};
use crate::text::unicode;
use crate::value::Value;
use crate::vm::{Args, Cls, Name, PyResult, Raised, StrBuilder, Vm};

macro_rules! defs {
    ($($name:literal => $func:path,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// The methods of `str` (`format` is registered with the other formatting builtins).
pub(super) static METHODS: &[NativeDef] = defs! {
    "join" => str_join,
    "split" => str_split,
    "rsplit" => str_rsplit,
    "splitlines" => str_splitlines,
    "partition" => str_partition,
    "rpartition" => str_rpartition,
    "strip" => str_strip,
    "lstrip" => str_lstrip,
    "rstrip" => str_rstrip,
    "removeprefix" => str_removeprefix,
    "removesuffix" => str_removesuffix,
    "startswith" => str_startswith,
    "endswith" => str_endswith,
    "find" => str_find,
    "rfind" => str_rfind,
    "index" => str_index,
    "rindex" => str_rindex,
    "count" => str_count,
    "replace" => str_replace,
    "upper" => str_upper,
    "lower" => str_lower,
    "casefold" => str_casefold,
    "swapcase" => str_swapcase,
    "title" => str_title,
    "capitalize" => str_capitalize,
    "isdigit" => str_isdigit,
    "isdecimal" => str_isdecimal,
    "isnumeric" => str_isnumeric,
    "isalpha" => str_isalpha,
    "isalnum" => str_isalnum,
    "isspace" => str_isspace,
    "isascii" => str_isascii,
    "isprintable" => str_isprintable,
    "islower" => str_islower,
    "isupper" => str_isupper,
    "istitle" => str_istitle,
    "zfill" => str_zfill,
    "center" => str_center,
    "ljust" => str_ljust,
    "rjust" => str_rjust,
    "expandtabs" => str_expandtabs,
    "format_map" => formatting::str_format_map,
};

// --- arguments ------------------------------------------------------------------------------

/// How CPython words the arity errors of a method; each built-in method uses one style,
/// depending on how CPython parses its arguments.
#[derive(Clone, Copy, Debug)]
enum Arity {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional-only: `strip expected at most 1 argument, got 2`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
}

/// `"s"` unless `count` is one.
fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// The `str` a method was called on (`args.pos[0]`), with CPython's errors for a missing or
/// foreign receiver (`str.upper(5)`).
pub(super) fn receiver(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<Gc<StrObj>> {
    let Some(&first) = args.pos.first() else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("unbound method str.{name}() needs an argument"),
        ));
    };
    match as_str_obj(first) {
        Some(this) => Ok(this),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(first)
            ),
        )),
    }
}

/// The receiver and the other positional arguments of a method that takes no keywords,
/// checked in CPython's order: receiver, keywords, arity.
fn positional<'v>(
    vm: &mut Vm<'_>,
    args: &Args<'v>,
    name: &str,
    arity: Arity,
) -> PyResult<(Gc<StrObj>, &'v [Value])> {
    let this = receiver(vm, args, name)?;
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("str.{name}() takes no keyword arguments"),
        ));
    }
    let rest = args.pos.get(1..).unwrap_or_default();
    let given = rest.len();
    let error = match arity {
        Arity::NoArgs if given > 0 => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!("str.{name}() takes no arguments ({given} given)"),
        )),
        Arity::One if given != 1 => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!("str.{name}() takes exactly one argument ({given} given)"),
        )),
        Arity::Clinic(min, _) if given < min => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{name} expected at least {min} argument{}, got {given}",
                plural(min)
            ),
        )),
        Arity::Clinic(_, max) if given > max => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{name} expected at most {max} argument{}, got {given}",
                plural(max)
            ),
        )),
        Arity::Tuple(min, _) if given < min => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{name}() takes at least {min} argument{} ({given} given)",
                plural(min)
            ),
        )),
        Arity::Tuple(_, max) if given > max => Some(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{name}() takes at most {max} argument{} ({given} given)",
                plural(max)
            ),
        )),
        _ => None,
    };
    match error {
        Some(raised) => Err(raised),
        None => Ok((this, rest)),
    }
}

/// The receiver and the parameters of a method whose parameters may also be passed by
/// keyword (all optional), with the messages of CPython's `_PyArg_UnpackKeywords`.
fn with_keywords<const N: usize>(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    params: [&str; N],
) -> PyResult<(Gc<StrObj>, [Option<Value>; N])> {
    let this = receiver(vm, args, name)?;
    let pos = args.pos.get(1..).unwrap_or_default();
    let given = pos.len() + args.kw_values.len();
    if given > N {
        let keyword = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{name}() takes at most {N} {keyword}argument{} ({given} given)",
                plural(N)
            ),
        ));
    }
    let mut values = [None; N];
    for (slot, &value) in values.iter_mut().zip(pos) {
        *slot = Some(value);
    }
    let Some(names) = args.kw_names else {
        return Ok((this, values));
    };
    let keyword = |param: &str| {
        names
            .items()
            .iter()
            .zip(args.kw_values)
            .find(|(key, _)| as_str_obj(**key).is_some_and(|key| key.as_str() == param))
            .map(|(_, &value)| value)
    };
    let mut unmatched = args.kw_values.len();
    for (slot, param) in values.iter_mut().zip(params).skip(pos.len()) {
        if let Some(value) = keyword(param) {
            *slot = Some(value);
            unmatched -= 1;
        }
    }
    if unmatched == 0 {
        return Ok((this, values));
    }
    for (index, param) in params.iter().enumerate().take(pos.len()) {
        if keyword(param).is_some() {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "argument for {name}() given by name ('{param}') and position ({})",
                    index + 1
                ),
            ));
        }
    }
    let unknown = names
        .items()
        .iter()
        .filter_map(|&key| as_str_obj(key))
        .find(|key| !params.contains(&key.as_str()));
    match unknown {
        Some(key) => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' is an invalid keyword argument for {name}()",
                key.as_str()
            ),
        )),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{name}() got multiple values for a keyword argument"),
        )),
    }
}

/// The value as a str object, if it is one.
pub(super) fn as_str_obj(value: Value) -> Option<Gc<StrObj>> {
    value.as_obj().and_then(|o| o.downcast::<StrObj>())
}

/// A str argument, or `TypeError: must be str, not int`.
fn str_param(vm: &mut Vm<'_>, value: Value) -> PyResult<Gc<StrObj>> {
    match as_str_obj(value) {
        Some(s) => Ok(s),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("must be str, not {}", vm.type_name(value)),
        )),
    }
}

/// A str argument checked by Argument Clinic: `TypeError: {what} must be str, not int`.
fn clinic_str_param(vm: &mut Vm<'_>, value: Value, what: &str) -> PyResult<Gc<StrObj>> {
    match as_str_obj(value) {
        Some(s) => Ok(s),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{what} must be str, not {}", clinic_type_name(vm, value)),
        )),
    }
}

/// How Argument Clinic's errors name an argument's type: `None` rather than `NoneType`.
pub(super) fn clinic_type_name(vm: &Vm<'_>, value: Value) -> &'static str {
    if matches!(value, Value::None) {
        "None"
    } else {
        vm.type_name(value)
    }
}

/// `operator.index(value)` for the values that support it: ints, bools and objects with
/// `__index__`; `None` for the others (each caller has its own `TypeError`).
pub(super) fn as_index(vm: &mut Vm<'_>, value: Value) -> PyResult<Option<i64>> {
    match value {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(i64::from(b))),
        Value::Obj(obj) if obj.kind() == Kind::Instance => {
            let Some(method) = vm.lookup_special(value, Name::__index__)? else {
                return Ok(None);
            };
            let result = vm.call_method_value(method, value, &Args::positional(&[]))?;
            match result {
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(i64::from(b))),
                _ => Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("__index__ returned non-int (type {})", vm.type_name(result)),
                )),
            }
        }
        _ => Ok(None),
    }
}

/// An integer argument (CPython's `Py_ssize_t` converter).
fn int_param(vm: &mut Vm<'_>, value: Value) -> PyResult<i64> {
    match as_index(vm, value)? {
        Some(i) => Ok(i),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(value)
            ),
        )),
    }
}

/// An integer argument CPython keeps in a C `int` (`tabsize`, `keepends`).
fn c_int_param(vm: &mut Vm<'_>, value: Value) -> PyResult<i32> {
    let wide = int_param(vm, value)?;
    i32::try_from(wide).map_err(|_| {
        vm.raise_msg(
            Cls::OverflowError,
            format_args!("Python int too large to convert to C int"),
        )
    })
}

/// A `start` or `end` argument: `None` when absent or `None`.
fn slice_index(vm: &mut Vm<'_>, value: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(&value) = value.filter(|v| !matches!(v, Value::None)) else {
        return Ok(None);
    };
    match as_index(vm, value)? {
        Some(i) => Ok(Some(i)),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("slice indices must be integers or None or have an __index__ method"),
        )),
    }
}

/// CPython's `ADJUST_INDICES`: the optional `start` and `end` of a search as character
/// positions, negative ones counted from the end. `end` ends up in `0..=len`; `start` is at
/// least 0 but may exceed `end` (then the window is empty and most searches fail).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let signed_len = i64::try_from(len).unwrap_or(i64::MAX);
    let end = match end {
        None => signed_len,
        Some(end) if end > signed_len => signed_len,
        Some(end) if end < 0 => end.saturating_add(signed_len).max(0),
        Some(end) => end,
    };
    let start = match start {
        None => 0,
        Some(start) if start < 0 => start.saturating_add(signed_len).max(0),
        Some(start) => start,
    };
    let to_usize = |i: i64| usize::try_from(i).unwrap_or(usize::MAX);
    (to_usize(start), to_usize(end))
}

/// The byte offset of character `index` in `text` (the length past the end).
fn byte_offset(text: &str, ascii: bool, index: usize) -> usize {
    if ascii {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(at, _)| at)
}

/// The number of characters in `text`.
fn char_len(text: &str, ascii: bool) -> usize {
    if ascii {
        text.len()
    } else {
        text.chars().count()
    }
}

/// The characters `start..end` of `this` (`start <= end <= char_count`).
fn window(this: &StrObj, start: usize, end: usize) -> &str {
    let text = this.as_str();
    let ascii = this.is_ascii();
    let from = byte_offset(text, ascii, start);
    let rest = text.get(from..).unwrap_or_default();
    let to = byte_offset(rest, ascii, end.saturating_sub(start));
    rest.get(..to).unwrap_or_default()
}

/// `part` of `this` as a value: `this` itself when `part` is all of it.
fn part_value(vm: &mut Vm<'_>, this: Gc<StrObj>, part: &str) -> PyResult<Value> {
    if part.len() == this.len {
        return Ok(this.value());
    }
    Ok(vm.new_str(part)?.value())
}

/// Appends `count` copies of `c`.
fn push_repeat(vm: &mut Vm<'_>, out: &mut StrBuilder, c: char, count: usize) -> PyResult<()> {
    /// Copies per `push_str`: few calls for long runs, a small stack buffer.
    const CHUNK: usize = 16;
    out.reserve(vm, count.saturating_mul(c.len_utf8()))?;
    let mut buf = [0u8; 4 * CHUNK];
    let mut utf8 = [0u8; 4];
    let one = c.encode_utf8(&mut utf8).as_bytes();
    for slot in buf.chunks_exact_mut(one.len()).take(CHUNK) {
        slot.copy_from_slice(one);
    }
    let chunk =
        core::str::from_utf8(buf.get(..CHUNK * one.len()).unwrap_or_default()).unwrap_or_default();
    let mut left = count;
    while left > 0 {
        let now = left.min(CHUNK);
        out.push_str(vm, chunk.get(..now * one.len()).unwrap_or_default())?;
        left -= now;
    }
    Ok(())
}

// --- join, split, partition ------------------------------------------------------------------

/// `str.join(iterable)`.
fn str_join(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, "join", Arity::One)?;
    let iterable = rest.first().copied().unwrap_or(Value::None);
    let sep = crate::vm::extend(this.as_str());
    let is_sequence = iterable
        .as_obj()
        .is_some_and(|o| matches!(o.kind(), Kind::List | Kind::Tuple));
    if is_sequence {
        // No Python code runs below, so the items cannot change while they are joined.
        let items = vm.seq_items(iterable);
        let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
        for (index, &item) in items.iter().enumerate() {
            match as_str_obj(item) {
                Some(s) => total = total.saturating_add(s.len),
                None => return Err(join_type_error(vm, index, item)),
            }
        }
        if let [single] = items {
            return Ok(*single);
        }
        let mut out = StrBuilder::new();
        out.reserve(vm, total)?;
        for (index, &item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(vm, sep)?;
            }
            let text = as_str_obj(item).map_or("", |s| crate::vm::extend(s.as_str()));
            out.push_str(vm, text)?;
        }
        return Ok(out.finish(vm)?.value());
    }
    let iter = match vm.get_iter(iterable) {
        Ok(iter) => iter,
        // CPython replaces any TypeError from `iter()` with its own message.
        Err(_) if vm.exc_is(Cls::TypeError) => {
            return Err(vm.raise_msg(Cls::TypeError, format_args!("can only join an iterable")));
        }
        Err(raised) => return Err(raised),
    };
    let mut out = StrBuilder::new();
    let mut index = 0;
    while let Some(item) = vm.iter_next(iter)? {
        let Some(s) = as_str_obj(item) else {
            return Err(join_type_error(vm, index, item));
        };
        if index > 0 {
            out.push_str(vm, sep)?;
        }
        out.push_str(vm, crate::vm::extend(s.as_str()))?;
        index += 1;
    }
    Ok(out.finish(vm)?.value())
}

/// `TypeError` for a join item that is not a str.
#[cold]
fn join_type_error(vm: &mut Vm<'_>, index: usize, item: Value) -> Raised {
    vm.raise_msg(
        Cls::TypeError,
        format_args!(
            "sequence item {index}: expected str instance, {} found",
            vm.type_name(item)
        ),
    )
}

/// The separator and split limit of `split`/`rsplit`.
fn split_params(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Gc<StrObj>, Option<Gc<StrObj>>, usize)> {
    let (this, [sep, maxsplit]) = with_keywords(vm, args, name, ["sep", "maxsplit"])?;
    // Argument Clinic converts `maxsplit`; the method itself checks `sep` afterwards.
    let maxsplit = match maxsplit {
        None => -1,
        Some(value) => int_param(vm, value)?,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(sep) => match as_str_obj(sep) {
            Some(sep) => Some(sep),
            None => {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("must be str or None, not {}", vm.type_name(sep)),
                ));
            }
        },
    };
    if sep.is_some_and(|sep| sep.len == 0) {
        return Err(vm.raise_msg(Cls::ValueError, format_args!("empty separator")));
    }
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((this, sep, limit))
}

/// Appends `text` to `list` as a new string.
fn append_str(vm: &mut Vm<'_>, list: Gc<ListObj>, text: &str) -> PyResult<()> {
    let piece = vm.new_str(text)?;
    vm.list_append(list, piece.value())
}

/// `str.split(sep=None, maxsplit=-1)`.
fn str_split(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, sep, limit) = split_params(vm, args, "split")?;
    let list = vm.new_list(&[])?;
    let mut rest = crate::vm::extend(this.as_str());
    let mut splits = 0;
    match sep {
        Some(sep) => {
            let sep = crate::vm::extend(sep.as_str());
            while splits < limit {
                let Some(at) = rest.find(sep) else { break };
                append_str(vm, list, rest.get(..at).unwrap_or_default())?;
                rest = rest.get(at + sep.len()..).unwrap_or_default();
                splits += 1;
            }
            if rest.len() == this.len {
                vm.list_append(list, this.value())?;
            } else {
                append_str(vm, list, rest)?;
            }
        }
        None => loop {
            rest = rest.trim_start_matches(unicode::is_space);
            if rest.is_empty() {
                break;
            }
            if splits >= limit {
                append_str(vm, list, rest)?;
                break;
            }
            let end = rest.find(unicode::is_space).unwrap_or(rest.len());
            append_str(vm, list, rest.get(..end).unwrap_or_default())?;
            rest = rest.get(end..).unwrap_or_default();
            splits += 1;
        },
    }
    Ok(list.value())
}

/// `str.rsplit(sep=None, maxsplit=-1)`: splits from the right.
fn str_rsplit(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, sep, limit) = split_params(vm, args, "rsplit")?;
    let list = vm.new_list(&[])?;
    let mut rest = crate::vm::extend(this.as_str());
    let mut splits = 0;
    // The pieces are found right to left, appended, and the list is reversed at the end.
    match sep {
        Some(sep) => {
            let sep = crate::vm::extend(sep.as_str());
            while splits < limit {
                let Some(at) = rest.rfind(sep) else { break };
                append_str(vm, list, rest.get(at + sep.len()..).unwrap_or_default())?;
                rest = rest.get(..at).unwrap_or_default();
                splits += 1;
            }
            append_str(vm, list, rest)?;
        }
        None => loop {
            rest = rest.trim_end_matches(unicode::is_space);
            if rest.is_empty() {
                break;
            }
            if splits >= limit {
                append_str(vm, list, rest)?;
                break;
            }
            let start = rest
                .char_indices()
                .rev()
                .find(|&(_, c)| unicode::is_space(c))
                .map_or(0, |(at, c)| at + c.len_utf8());
            append_str(vm, list, rest.get(start..).unwrap_or_default())?;
            rest = rest.get(..start).unwrap_or_default();
            splits += 1;
        },
    }
    let items = list.items();
    let count = items.len();
    for index in 0..count / 2 {
        if let (Some(front), Some(back)) = (items.get(index), items.get(count - 1 - index)) {
            front.swap(back);
        }
    }
    Ok(list.value())
}

/// Whether CPython's `splitlines` ends a line at `c`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines(keepends=False)`.
fn str_splitlines(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, [keepends]) = with_keywords(vm, args, "splitlines", ["keepends"])?;
    let keepends = match keepends {
        None => false,
        Some(value) => c_int_param(vm, value)? != 0,
    };
    let list = vm.new_list(&[])?;
    let mut rest = crate::vm::extend(this.as_str());
    while !rest.is_empty() {
        let (end, next) = match rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            None => (rest.len(), rest.len()),
            Some((at, '\r')) if rest.get(at + 1..).is_some_and(|r| r.starts_with('\n')) => {
                (at, at + 2)
            }
            Some((at, c)) => (at, at + c.len_utf8()),
        };
        let line = if keepends { next } else { end };
        if line == this.len {
            vm.list_append(list, this.value())?;
        } else {
            append_str(vm, list, rest.get(..line).unwrap_or_default())?;
        }
        rest = rest.get(next..).unwrap_or_default();
    }
    Ok(list.value())
}

/// `str.partition(sep)` and `str.rpartition(sep)`.
fn partition(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, name, Arity::One)?;
    let sep_value = rest.first().copied().unwrap_or(Value::None);
    let sep = str_param(vm, sep_value)?;
    if sep.len == 0 {
        return Err(vm.raise_msg(Cls::ValueError, format_args!("empty separator")));
    }
    let text = crate::vm::extend(this.as_str());
    let needle = crate::vm::extend(sep.as_str());
    let found = if reverse {
        text.rfind(needle)
    } else {
        text.find(needle)
    };
    let empty = vm.name(Name::empty).value();
    let parts = match found {
        Some(at) => {
            let before = vm.new_str(text.get(..at).unwrap_or_default())?;
            let after = vm.new_str(text.get(at + needle.len()..).unwrap_or_default())?;
            [before.value(), sep.value(), after.value()]
        }
        None if reverse => [empty, empty, this.value()],
        None => [this.value(), empty, empty],
    };
    Ok(vm.new_tuple(&parts)?.value())
}

/// `str.partition`.
fn str_partition(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    partition(vm, args, "partition", false)
}

/// `str.rpartition`.
fn str_rpartition(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    partition(vm, args, "rpartition", true)
}

// --- strip, affixes -------------------------------------------------------------------------

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    /// `strip`.
    Both,
    /// `lstrip`.
    Left,
    /// `rstrip`.
    Right,
}

/// `str.strip`, `lstrip`, `rstrip` (`chars=None`: whitespace).
fn strip(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, ends: Ends) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, name, Arity::Clinic(0, 1))?;
    let text = crate::vm::extend(this.as_str());
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(&value) => match as_str_obj(value) {
            Some(chars) => Some(crate::vm::extend(chars.as_str())),
            None => {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("{name} arg must be None or str"),
                ));
            }
        },
    };
    let strip_char = |c: char| match chars {
        Some(chars) => chars.contains(c),
        None => unicode::is_space(c),
    };
    let mut result = text;
    if ends != Ends::Right {
        result = result.trim_start_matches(strip_char);
    }
    if ends != Ends::Left {
        result = result.trim_end_matches(strip_char);
    }
    part_value(vm, this, result)
}

/// `str.strip`.
fn str_strip(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    strip(vm, args, "strip", Ends::Both)
}

/// `str.lstrip`.
fn str_lstrip(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    strip(vm, args, "lstrip", Ends::Left)
}

/// `str.rstrip`.
fn str_rstrip(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    strip(vm, args, "rstrip", Ends::Right)
}

/// `str.removeprefix(prefix)` and `str.removesuffix(suffix)`.
fn remove_affix(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, name, Arity::One)?;
    let affix_value = rest.first().copied().unwrap_or(Value::None);
    let what = if suffix {
        "removesuffix() argument"
    } else {
        "removeprefix() argument"
    };
    let affix = clinic_str_param(vm, affix_value, what)?;
    let text = crate::vm::extend(this.as_str());
    let affix = affix.as_str();
    let result = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    part_value(vm, this, result.unwrap_or(text))
}

/// `str.removeprefix`.
fn str_removeprefix(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

/// `str.removesuffix`.
fn str_removesuffix(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

/// The optional `start` and `end` of a search (positional arguments 2 and 3).
fn search_bounds(vm: &mut Vm<'_>, rest: &[Value]) -> PyResult<(Option<i64>, Option<i64>)> {
    let start = slice_index(vm, rest.get(1))?;
    let end = slice_index(vm, rest.get(2))?;
    Ok((start, end))
}

/// CPython's `tailmatch`: whether `sub` starts (or ends) the characters `start..end` of `this`.
fn tail_matches(this: &StrObj, sub: &StrObj, start: usize, end: usize, suffix: bool) -> bool {
    if end < start.saturating_add(sub.char_count) {
        return false;
    }
    let text = window(this, start, end);
    if suffix {
        text.ends_with(sub.as_str())
    } else {
        text.starts_with(sub.as_str())
    }
}

/// `str.startswith(prefix[, start[, end]])` and `str.endswith`; `prefix` may be a tuple.
fn affix_matches(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, name, Arity::Tuple(1, 3))?;
    let (start, end) = search_bounds(vm, rest)?;
    let (start, end) = adjust_indices(start, end, this.char_count);
    let arg = rest.first().copied().unwrap_or(Value::None);
    if let Some(sub) = as_str_obj(arg) {
        return Ok(Value::Bool(tail_matches(&this, &sub, start, end, suffix)));
    }
    if let Some(tuple) = arg.as_obj().and_then(|o| o.downcast::<TupleObj>()) {
        for &item in tuple.items() {
            let Some(sub) = as_str_obj(item) else {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(item)
                    ),
                ));
            };
            if tail_matches(&this, &sub, start, end, suffix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.raise_msg(
        Cls::TypeError,
        format_args!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(arg)
        ),
    ))
}

/// `str.startswith`.
fn str_startswith(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    affix_matches(vm, args, "startswith", false)
}

/// `str.endswith`.
fn str_endswith(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    affix_matches(vm, args, "endswith", true)
}

// --- find, count, replace -------------------------------------------------------------------

/// What a search does: the arguments are the same for all of them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    /// The first match's index.
    First,
    /// The last match's index.
    Last,
    /// The number of non-overlapping matches.
    Count,
}

/// `find`, `rfind`, `index`, `rindex`, `count`: the match index (`None`: no match), or the
/// count, in characters.
fn search(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, what: Search) -> PyResult<Option<usize>> {
    let (this, rest) = positional(vm, args, name, Arity::Tuple(1, 3))?;
    let (start, end) = search_bounds(vm, rest)?;
    let sub = str_param(vm, rest.first().copied().unwrap_or(Value::None))?;
    let (start, end) = adjust_indices(start, end, this.char_count);
    if end < start.saturating_add(sub.char_count) {
        return Ok(if what == Search::Count { Some(0) } else { None });
    }
    let text = window(&this, start, end);
    let needle = sub.as_str();
    let ascii = this.is_ascii();
    let to_index = |at: usize| start + char_len(text.get(..at).unwrap_or_default(), ascii);
    Ok(match what {
        Search::First => text.find(needle).map(to_index),
        Search::Last => text.rfind(needle).map(to_index),
        Search::Count if needle.is_empty() => Some(end - start + 1),
        Search::Count => Some(text.matches(needle).count()),
    })
}

/// A found index as a Python int (-1 when not found).
fn index_value(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |i| i64::try_from(i).unwrap_or(i64::MAX)))
}

/// `str.find`.
fn str_find(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    Ok(index_value(search(vm, args, "find", Search::First)?))
}

/// `str.rfind`.
fn str_rfind(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    Ok(index_value(search(vm, args, "rfind", Search::Last)?))
}

/// `index`/`rindex`: as `find`, but a miss is a `ValueError`.
fn index_or_raise(vm: &mut Vm<'_>, found: Option<usize>) -> PyResult<Value> {
    match found {
        Some(_) => Ok(index_value(found)),
        None => Err(vm.raise_msg(Cls::ValueError, format_args!("substring not found"))),
    }
}

/// `str.index`.
fn str_index(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let found = search(vm, args, "index", Search::First)?;
    index_or_raise(vm, found)
}

/// `str.rindex`.
fn str_rindex(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let found = search(vm, args, "rindex", Search::Last)?;
    index_or_raise(vm, found)
}

/// `str.count`.
fn str_count(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    Ok(index_value(search(vm, args, "count", Search::Count)?))
}

/// `str.replace(old, new, count=-1)`.
fn str_replace(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, "replace", Arity::Clinic(2, 3))?;
    let [old, new] = [0, 1].map(|i| rest.get(i).copied().unwrap_or(Value::None));
    let old = clinic_str_param(vm, old, "replace() argument 1")?;
    let new = clinic_str_param(vm, new, "replace() argument 2")?;
    let count = match rest.get(2) {
        Some(&value) => int_param(vm, value)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let text = crate::vm::extend(this.as_str());
    let (old, new) = (
        crate::vm::extend(old.as_str()),
        crate::vm::extend(new.as_str()),
    );
    if limit == 0 || (!old.is_empty() && !text.contains(old)) {
        return Ok(this.value());
    }
    let mut out = StrBuilder::new();
    let mut done = 0;
    if old.is_empty() {
        for c in text.chars() {
            if done < limit {
                out.push_str(vm, new)?;
                done += 1;
            }
            out.push_char(vm, c)?;
        }
        if done < limit {
            out.push_str(vm, new)?;
        }
        return Ok(out.finish(vm)?.value());
    }
    let mut rest = text;
    while done < limit {
        let Some(at) = rest.find(old) else { break };
        out.push_str(vm, rest.get(..at).unwrap_or_default())?;
        out.push_str(vm, new)?;
        rest = rest.get(at + old.len()..).unwrap_or_default();
        done += 1;
    }
    out.push_str(vm, rest)?;
    Ok(out.finish(vm)?.value())
}

// --- case -----------------------------------------------------------------------------------

/// Maps an ASCII string byte by byte (`step` gets each byte and returns its replacement).
fn map_ascii(vm: &mut Vm<'_>, text: &str, mut step: impl FnMut(u8) -> u8) -> PyResult<Value> {
    let mut out = StrBuilder::new();
    out.reserve(vm, text.len())?;
    let mut buf = [0u8; 64];
    for chunk in text.as_bytes().chunks(buf.len()) {
        let mapped = buf.get_mut(..chunk.len()).unwrap_or_default();
        for (slot, &byte) in mapped.iter_mut().zip(chunk) {
            *slot = step(byte);
        }
        out.push_str(vm, core::str::from_utf8(mapped).unwrap_or_default())?;
    }
    Ok(out.finish(vm)?.value())
}

/// Maps a non-ASCII string character by character: `step` gets the text, the byte offset
/// and the character, and appends the mapping.
fn map_chars(
    vm: &mut Vm<'_>,
    text: &str,
    mut step: impl FnMut(&mut Vm<'_>, &mut StrBuilder, &str, usize, char) -> PyResult<()>,
) -> PyResult<Value> {
    let mut out = StrBuilder::new();
    out.reserve(vm, text.len())?;
    for (at, c) in text.char_indices() {
        step(vm, &mut out, text, at, c)?;
    }
    Ok(out.finish(vm)?.value())
}

/// Appends every character of a case mapping.
fn push_all(
    vm: &mut Vm<'_>,
    out: &mut StrBuilder,
    chars: impl Iterator<Item = char>,
) -> PyResult<()> {
    for c in chars {
        out.push_char(vm, c)?;
    }
    Ok(())
}

/// Appends the lowercase of the character `c` at byte `at` of `text`: a capital sigma
/// becomes a final sigma at the end of a word (CPython's `handle_capital_sigma`).
fn push_lower(
    vm: &mut Vm<'_>,
    out: &mut StrBuilder,
    text: &str,
    at: usize,
    c: char,
) -> PyResult<()> {
    if c != '\u{3a3}' {
        return push_all(vm, out, c.to_lowercase());
    }
    let before = text.get(..at).unwrap_or_default();
    let after = text.get(at + c.len_utf8()..).unwrap_or_default();
    let cased_before = before
        .chars()
        .rev()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    let cased_after = after
        .chars()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    out.push_char(
        vm,
        if cased_before && !cased_after {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        },
    )
}

/// Appends the full titlecase mapping of `c` (CPython's `_PyUnicode_ToTitleFull`).
///
/// It equals the uppercase mapping except for the characters below (CPython 3.11 lists them
/// as `c.title() != c.upper()`): digraphs with a titlecase form, Georgian letters (whose
/// uppercase is the Mtavruli script, while their titlecase is themselves), Greek letters with
/// a iota subscript (which keep it as a prosgegrammeni), and ligatures and `ß`, whose first
/// letter alone is upper-cased.
fn push_title(vm: &mut Vm<'_>, out: &mut StrBuilder, c: char) -> PyResult<()> {
    let code = u32::from(c);
    let single = match code {
        0x1c4..=0x1c6 => Some(0x1c5),
        0x1c7..=0x1c9 => Some(0x1c8),
        0x1ca..=0x1cc => Some(0x1cb),
        0x1f1..=0x1f3 => Some(0x1f2),
        0x10d0..=0x10fa | 0x10fd..=0x10ff => Some(code),
        // Small letters with ypogegrammeni are 8 below their capitals with prosgegrammeni.
        0x1f80..=0x1faf => Some(code | 8),
        0x1fb3 | 0x1fbc => Some(0x1fbc),
        0x1fc3 | 0x1fcc => Some(0x1fcc),
        0x1ff3 | 0x1ffc => Some(0x1ffc),
        _ => None,
    };
    if let Some(title) = single.and_then(char::from_u32) {
        return out.push_char(vm, title);
    }
    match code {
        // The uppercase ends in a capital iota, the titlecase in a combining ypogegrammeni.
        0x1fb2 | 0x1fb4 | 0x1fb7 | 0x1fc2 | 0x1fc4 | 0x1fc7 | 0x1ff2 | 0x1ff4 | 0x1ff7 => {
            for upper in c.to_uppercase() {
                out.push_char(vm, if upper == '\u{399}' { '\u{345}' } else { upper })?;
            }
            Ok(())
        }
        0xdf | 0x587 | 0xfb00..=0xfb06 | 0xfb13..=0xfb17 => {
            let mut upper = c.to_uppercase();
            push_all(vm, out, upper.next().into_iter())?;
            push_all(vm, out, upper.flat_map(char::to_lowercase))
        }
        _ => push_all(vm, out, c.to_uppercase()),
    }
}

/// Appends the full case folding of `c` (CPython's `_PyUnicode_ToFoldedFull`).
///
/// Folding is the lowercase except for Cherokee (which folds to its capitals), capital sharp
/// s, and the characters in [`FOLDS_THROUGH_UPPER`], which fold to the lowercase of their
/// uppercase (`ß` to `ss`, `ς` to `σ`, `ﬁ` to `fi`).
fn push_casefold(vm: &mut Vm<'_>, out: &mut StrBuilder, c: char) -> PyResult<()> {
    let code = u32::from(c);
    match code {
        0x13a0..=0x13f5 | 0x13f8..=0x13fd | 0xab70..=0xabbf => push_all(vm, out, c.to_uppercase()),
        0x1e9e => out.push_str(vm, "ss"),
        _ if in_ranges(FOLDS_THROUGH_UPPER, code) => {
            push_all(vm, out, c.to_uppercase().flat_map(char::to_lowercase))
        }
        _ => push_all(vm, out, c.to_lowercase()),
    }
}

/// `str.upper`.
fn str_upper(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "upper", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    if this.is_ascii() {
        return map_ascii(vm, text, |b| b.to_ascii_uppercase());
    }
    map_chars(vm, text, |vm, out, _, _, c| {
        push_all(vm, out, c.to_uppercase())
    })
}

/// `str.lower`.
fn str_lower(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "lower", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    if this.is_ascii() {
        return map_ascii(vm, text, |b| b.to_ascii_lowercase());
    }
    map_chars(vm, text, push_lower)
}

/// `str.casefold`.
fn str_casefold(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "casefold", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    if this.is_ascii() {
        return map_ascii(vm, text, |b| b.to_ascii_lowercase());
    }
    map_chars(vm, text, |vm, out, _, _, c| push_casefold(vm, out, c))
}

/// `str.swapcase`.
fn str_swapcase(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "swapcase", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    if this.is_ascii() {
        return map_ascii(vm, text, |b| {
            b ^ if b.is_ascii_alphabetic() { 0x20 } else { 0 }
        });
    }
    map_chars(vm, text, |vm, out, text, at, c| {
        if c.is_uppercase() {
            push_lower(vm, out, text, at, c)
        } else if c.is_lowercase() {
            push_all(vm, out, c.to_uppercase())
        } else {
            out.push_char(vm, c)
        }
    })
}

/// `str.title`.
fn str_title(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "title", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    let mut previous_cased = false;
    if this.is_ascii() {
        return map_ascii(vm, text, |b| {
            let mapped = if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
            mapped
        });
    }
    map_chars(vm, text, |vm, out, text, at, c| {
        let pushed = if previous_cased {
            push_lower(vm, out, text, at, c)
        } else {
            push_title(vm, out, c)
        };
        previous_cased = is_cased(c);
        pushed
    })
}

/// `str.capitalize`.
fn str_capitalize(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "capitalize", Arity::NoArgs)?;
    let text = crate::vm::extend(this.as_str());
    let mut first = true;
    if this.is_ascii() {
        return map_ascii(vm, text, |b| {
            let mapped = if first {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            first = false;
            mapped
        });
    }
    map_chars(vm, text, |vm, out, text, at, c| {
        if at == 0 {
            push_title(vm, out, c)
        } else {
            push_lower(vm, out, text, at, c)
        }
    })
}

// --- predicates -----------------------------------------------------------------------------

/// `True` when `this` is not empty and every character passes `test`.
fn all_chars(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    ascii: fn(u8) -> bool,
    test: fn(char) -> bool,
) -> PyResult<Value> {
    let (this, _) = positional(vm, args, name, Arity::NoArgs)?;
    let text = this.as_str();
    let result = if this.is_ascii() {
        text.bytes().all(ascii)
    } else {
        text.chars().all(test)
    };
    Ok(Value::Bool(!text.is_empty() && result))
}

/// `str.isdigit`.
fn str_isdigit(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(vm, args, "isdigit", |b| b.is_ascii_digit(), is_digit)
}

/// `str.isdecimal`.
fn str_isdecimal(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(vm, args, "isdecimal", |b| b.is_ascii_digit(), is_decimal)
}

/// `str.isnumeric`.
fn str_isnumeric(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(vm, args, "isnumeric", |b| b.is_ascii_digit(), is_numeric)
}

/// `str.isalpha`.
fn str_isalpha(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(vm, args, "isalpha", |b| b.is_ascii_alphabetic(), is_alpha)
}

/// `str.isalnum`.
fn str_isalnum(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(
        vm,
        args,
        "isalnum",
        |b| b.is_ascii_alphanumeric(),
        |c| is_alpha(c) || is_numeric(c),
    )
}

/// `str.isspace`.
fn str_isspace(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    all_chars(
        vm,
        args,
        "isspace",
        |b| unicode::is_space(char::from(b)),
        unicode::is_space,
    )
}

/// `str.isascii`.
fn str_isascii(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "isascii", Arity::NoArgs)?;
    Ok(Value::Bool(this.is_ascii()))
}

/// `str.isprintable`.
fn str_isprintable(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "isprintable", Arity::NoArgs)?;
    Ok(Value::Bool(
        this.as_str().chars().all(unicode::is_printable),
    ))
}

/// `islower` (`lower`) or `isupper`: no character of the other case or titlecase, and at
/// least one of this case.
fn is_one_case(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, lower: bool) -> PyResult<Value> {
    let (this, _) = positional(vm, args, name, Arity::NoArgs)?;
    let mut cased = false;
    for c in this.as_str().chars() {
        let (same, other) = if lower {
            (c.is_lowercase(), c.is_uppercase())
        } else {
            (c.is_uppercase(), c.is_lowercase())
        };
        if other || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= same;
    }
    Ok(Value::Bool(cased))
}

/// `str.islower`.
fn str_islower(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    is_one_case(vm, args, "islower", true)
}

/// `str.isupper`.
fn str_isupper(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    is_one_case(vm, args, "isupper", false)
}

/// `str.istitle`.
fn str_istitle(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, _) = positional(vm, args, "istitle", Arity::NoArgs)?;
    let mut cased = false;
    let mut previous_cased = false;
    for c in this.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// --- padding --------------------------------------------------------------------------------

/// `str.zfill(width)`: zeros on the left, after a leading sign.
fn str_zfill(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, "zfill", Arity::One)?;
    let width = int_param(vm, rest.first().copied().unwrap_or(Value::None))?;
    let width = usize::try_from(width).unwrap_or(0);
    if width <= this.char_count {
        return Ok(this.value());
    }
    let text = crate::vm::extend(this.as_str());
    let (sign, digits) = match text.strip_prefix(['+', '-']) {
        Some(digits) => (text.get(..1).unwrap_or_default(), digits),
        None => ("", text),
    };
    let mut out = StrBuilder::new();
    out.push_str(vm, sign)?;
    push_repeat(vm, &mut out, '0', width - this.char_count)?;
    out.push_str(vm, digits)?;
    Ok(out.finish(vm)?.value())
}

/// The fill character argument of `center`, `ljust`, `rjust`.
fn fill_char(vm: &mut Vm<'_>, value: Option<&Value>) -> PyResult<char> {
    let Some(&value) = value else { return Ok(' ') };
    let Some(fill) = as_str_obj(value) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(value)
            ),
        ));
    };
    let mut chars = fill.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("The fill character must be exactly one character long"),
        )),
    }
}

/// Where `center`, `ljust` and `rjust` put the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Justify {
    /// `center`: padding on both sides.
    Center,
    /// `ljust`: padding on the right.
    Left,
    /// `rjust`: padding on the left.
    Right,
}

/// `str.center(width[, fillchar])`, `ljust`, `rjust`.
fn justify(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, how: Justify) -> PyResult<Value> {
    let (this, rest) = positional(vm, args, name, Arity::Clinic(1, 2))?;
    let width = int_param(vm, rest.first().copied().unwrap_or(Value::None))?;
    let fill = fill_char(vm, rest.get(1))?;
    let width = usize::try_from(width).unwrap_or(0);
    if width <= this.char_count {
        return Ok(this.value());
    }
    let margin = width - this.char_count;
    let left = match how {
        // CPython's `pad`: the odd character goes left only when the width is odd too.
        Justify::Center => margin / 2 + (margin & width & 1),
        Justify::Left => 0,
        Justify::Right => margin,
    };
    let mut out = StrBuilder::new();
    push_repeat(vm, &mut out, fill, left)?;
    out.push_str(vm, crate::vm::extend(this.as_str()))?;
    push_repeat(vm, &mut out, fill, margin - left)?;
    Ok(out.finish(vm)?.value())
}

/// `str.center`.
fn str_center(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    justify(vm, args, "center", Justify::Center)
}

/// `str.ljust`.
fn str_ljust(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    justify(vm, args, "ljust", Justify::Left)
}

/// `str.rjust`.
fn str_rjust(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    justify(vm, args, "rjust", Justify::Right)
}

/// `str.expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`.
fn str_expandtabs(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, [tabsize]) = with_keywords(vm, args, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        None => 8,
        Some(value) => c_int_param(vm, value)?,
    };
    let text = crate::vm::extend(this.as_str());
    if !text.contains('\t') {
        return Ok(this.value());
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let ascii = this.is_ascii();
    let mut out = StrBuilder::new();
    let mut column = 0usize;
    let mut rest = text;
    while let Some(tab) = rest.find('\t') {
        let line = rest.get(..tab).unwrap_or_default();
        out.push_str(vm, line)?;
        column = match line.rfind(['\n', '\r']) {
            Some(newline) => char_len(line.get(newline + 1..).unwrap_or_default(), ascii),
            None => column.saturating_add(char_len(line, ascii)),
        };
        if tabsize > 0 {
            let spaces = tabsize - column % tabsize;
            push_repeat(vm, &mut out, ' ', spaces)?;
            column = column.saturating_add(spaces);
        }
        rest = rest.get(tab + 1..).unwrap_or_default();
    }
    out.push_str(vm, rest)?;
    Ok(out.finish(vm)?.value())
}

// --- character classes ----------------------------------------------------------------------

/// Whether `code` lies in one of `ranges`, a sorted flat list of inclusive `start, end` pairs.
fn in_ranges(ranges: &[u32], code: u32) -> bool {
    let pairs = ranges.len() / 2;
    // The first pair whose end is at or above `code`.
    let (mut low, mut high) = (0, pairs);
    while low < high {
        let mid = low + (high - low) / 2;
        if ranges.get(2 * mid + 1).is_some_and(|&end| end < code) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    ranges.get(2 * low).is_some_and(|&start| start <= code)
}

/// `str.isdecimal()` for one character (Unicode category Nd).
fn is_decimal(c: char) -> bool {
    unicode::decimal_value(c).is_some()
}

/// `str.isdigit()` for one character: decimals, and digits such as `²` and `①`.
fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(DIGITS_NOT_DECIMAL, u32::from(c))
}

/// `str.isnumeric()` for one character: Rust's numbers (categories Nd, Nl, No) and the Han
/// characters with a numeric value.
fn is_numeric(c: char) -> bool {
    c.is_numeric() || HAN_NUMERALS.binary_search(&u32::from(c)).is_ok()
}

/// `str.isalpha()` for one character (categories Lu, Ll, Lt, Lm, Lo). Rust's
/// `is_alphabetic` also counts letter numbers (Nl) and the [`ALPHABETIC_NOT_LETTERS`].
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !in_ranges(ALPHABETIC_NOT_LETTERS, u32::from(c))
}

/// Whether `c` is titlecase (category Lt): digraphs like `ǅ` and Greek capitals with
/// prosgegrammeni.
fn is_titlecase(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

/// Whether `c` has case (Unicode's `Cased`: lowercase, uppercase or titlecase).
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Whether `c` is ignored when looking for the cased letters around a capital sigma
/// (Unicode's `Case_Ignorable`). This covers the apostrophes, periods, colons and accents
/// that occur inside words, and the combining diacritics; it is not the full property.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        u32::from(c),
        0x27 | 0x2e | 0x3a | 0x5e | 0x60 | 0xa8 | 0xad | 0xaf | 0xb4 | 0xb7 | 0xb8
            | 0x2b0..=0x36f | 0x374 | 0x375 | 0x37a | 0x384 | 0x385 | 0x387 | 0x2018 | 0x2019
            | 0x2024 | 0x2027 | 0x200b..=0x200f
    )
}

/// Characters that fold to the lowercase of their uppercase rather than to their lowercase
/// (`ß` → `ss`, `ς` → `σ`, `ﬁ` → `fi`): inclusive `start, end` pairs. CPython 3.11:
/// the `c` with `c.casefold() != c.lower() == c.upper().lower()`... apart from Cherokee and
/// U+1E9E, which `push_casefold` handles itself.
#[rustfmt::skip]
const FOLDS_THROUGH_UPPER: &[u32] = &[
    0xb5, 0xb5, 0xdf, 0xdf, 0x149, 0x149, 0x17f, 0x17f, 0x1f0, 0x1f0, 0x345, 0x345,
    0x390, 0x390, 0x3b0, 0x3b0, 0x3c2, 0x3c2, 0x3d0, 0x3d1, 0x3d5, 0x3d6, 0x3f0, 0x3f1,
    0x3f5, 0x3f5, 0x587, 0x587, 0x1c80, 0x1c88, 0x1e96, 0x1e9b, 0x1f50, 0x1f50,
    0x1f52, 0x1f52, 0x1f54, 0x1f54, 0x1f56, 0x1f56, 0x1f80, 0x1faf, 0x1fb2, 0x1fb4,
    0x1fb6, 0x1fb7, 0x1fbc, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fc7,
    0x1fcc, 0x1fcc, 0x1fd2, 0x1fd3, 0x1fd6, 0x1fd7, 0x1fe2, 0x1fe4, 0x1fe6, 0x1fe7,
    0x1ff2, 0x1ff4, 0x1ff6, 0x1ff7, 0x1ffc, 0x1ffc, 0xfb00, 0xfb06, 0xfb13, 0xfb17,
];

/// Digits that are not decimals (`²`, `①`, `⓵`, ...), for `isdigit`: inclusive `start, end`
/// pairs of the `c` with `c.isdigit() and not c.isdecimal()` in CPython 3.11.
#[rustfmt::skip]
const DIGITS_NOT_DECIMAL: &[u32] = &[
    0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
    0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea,
    0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792,
    0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
];

/// Han characters with a numeric value (`一`, `五`, `百`, ...): CPython's `isnumeric()` counts
/// them, Rust's `char::is_numeric` (categories Nd, Nl, No) does not. Sorted; CPython 3.11's
/// `c.isnumeric()` for category Lo.
#[rustfmt::skip]
const HAN_NUMERALS: &[u32] = &[
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94,
    0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b,
    0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db,
    0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c,
    0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646,
    0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001,
    0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
    0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];

/// Characters Rust's `char::is_alphabetic` accepts that are not letters (categories Mn, Mc and
/// So: combining vowel signs, circled letters, ...), for `isalpha`: inclusive `start, end`
/// pairs of the assigned `c` with `not c.isalpha()` that Rust calls alphabetic and not numeric,
/// from CPython 3.11's `unicodedata` (Unicode 14.0.0).
#[rustfmt::skip]
const ALPHABETIC_NOT_LETTERS: &[u32] = &[
    0x345, 0x345, 0x363, 0x36f, 0x5b0, 0x5bd, 0x5bf, 0x5bf, 0x5c1, 0x5c2, 0x5c4, 0x5c5,
    0x5c7, 0x5c7, 0x610, 0x61a, 0x64b, 0x657, 0x659, 0x65f, 0x670, 0x670, 0x6d6, 0x6dc,
    0x6e1, 0x6e4, 0x6e7, 0x6e8, 0x6ed, 0x6ed, 0x711, 0x711, 0x730, 0x73f, 0x7a6, 0x7b0,
    0x816, 0x817, 0x81b, 0x823, 0x825, 0x827, 0x829, 0x82c, 0x8d4, 0x8df, 0x8e3, 0x8e9,
    0x8f0, 0x903, 0x93a, 0x93b, 0x93e, 0x94c, 0x94e, 0x94f, 0x955, 0x957, 0x962, 0x963,
    0x981, 0x983, 0x9be, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9cc, 0x9d7, 0x9d7, 0x9e2, 0x9e3,
    0xa01, 0xa03, 0xa3e, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4c, 0xa51, 0xa51, 0xa70, 0xa71,
    0xa75, 0xa75, 0xa81, 0xa83, 0xabe, 0xac5, 0xac7, 0xac9, 0xacb, 0xacc, 0xae2, 0xae3,
    0xafa, 0xafc, 0xb01, 0xb03, 0xb3e, 0xb44, 0xb47, 0xb48, 0xb4b, 0xb4c, 0xb56, 0xb57,
    0xb62, 0xb63, 0xb82, 0xb82, 0xbbe, 0xbc2, 0xbc6, 0xbc8, 0xbca, 0xbcc, 0xbd7, 0xbd7,
    0xc00, 0xc04, 0xc3e, 0xc44, 0xc46, 0xc48, 0xc4a, 0xc4c, 0xc55, 0xc56, 0xc62, 0xc63,
    0xc81, 0xc83, 0xcbe, 0xcc4, 0xcc6, 0xcc8, 0xcca, 0xccc, 0xcd5, 0xcd6, 0xce2, 0xce3,
    0xd00, 0xd03, 0xd3e, 0xd44, 0xd46, 0xd48, 0xd4a, 0xd4c, 0xd57, 0xd57, 0xd62, 0xd63,
    0xd81, 0xd83, 0xdcf, 0xdd4, 0xdd6, 0xdd6, 0xdd8, 0xddf, 0xdf2, 0xdf3, 0xe31, 0xe31,
    0xe34, 0xe3a, 0xe4d, 0xe4d, 0xeb1, 0xeb1, 0xeb4, 0xeb9, 0xebb, 0xebc, 0xecd, 0xecd,
    0xf71, 0xf83, 0xf8d, 0xf97, 0xf99, 0xfbc, 0x102b, 0x1036, 0x1038, 0x1038, 0x103b, 0x103e,
    0x1056, 0x1059, 0x105e, 0x1060, 0x1062, 0x1064, 0x1067, 0x106d, 0x1071, 0x1074,
    0x1082, 0x108d, 0x108f, 0x108f, 0x109a, 0x109d, 0x1712, 0x1713, 0x1732, 0x1733,
    0x1752, 0x1753, 0x1772, 0x1773, 0x17b6, 0x17c8, 0x1885, 0x1886, 0x18a9, 0x18a9,
    0x1920, 0x192b, 0x1930, 0x1938, 0x1a17, 0x1a1b, 0x1a55, 0x1a5e, 0x1a61, 0x1a74,
    0x1abf, 0x1ac0, 0x1acc, 0x1ace, 0x1b00, 0x1b04, 0x1b35, 0x1b43, 0x1b80, 0x1b82,
    0x1ba1, 0x1ba9, 0x1bac, 0x1bad, 0x1be7, 0x1bf1, 0x1c24, 0x1c36, 0x1dd3, 0x1df4,
    0x24b6, 0x24e9, 0x2de0, 0x2dff, 0xa674, 0xa67b, 0xa69e, 0xa69f, 0xa802, 0xa802,
    0xa80b, 0xa80b, 0xa823, 0xa827, 0xa880, 0xa881, 0xa8b4, 0xa8c3, 0xa8c5, 0xa8c5,
    0xa8ff, 0xa8ff, 0xa926, 0xa92a, 0xa947, 0xa952, 0xa980, 0xa983, 0xa9b4, 0xa9bf,
    0xa9e5, 0xa9e5, 0xaa29, 0xaa36, 0xaa43, 0xaa43, 0xaa4c, 0xaa4d, 0xaa7b, 0xaa7d,
    0xaab0, 0xaab0, 0xaab2, 0xaab4, 0xaab7, 0xaab8, 0xaabe, 0xaabe, 0xaaeb, 0xaaef,
    0xaaf5, 0xaaf5, 0xabe3, 0xabea, 0xfb1e, 0xfb1e, 0x10376, 0x1037a, 0x10a01, 0x10a03,
    0x10a05, 0x10a06, 0x10a0c, 0x10a0f, 0x10d24, 0x10d27, 0x10eab, 0x10eac, 0x11000, 0x11002,
    0x11038, 0x11045, 0x11073, 0x11074, 0x11080, 0x11082, 0x110b0, 0x110b8, 0x110c2, 0x110c2,
    0x11100, 0x11102, 0x11127, 0x11132, 0x11145, 0x11146, 0x11180, 0x11182, 0x111b3, 0x111bf,
    0x111ce, 0x111cf, 0x1122c, 0x11234, 0x11237, 0x11237, 0x1123e, 0x1123e, 0x112df, 0x112e8,
    0x11300, 0x11303, 0x1133e, 0x11344, 0x11347, 0x11348, 0x1134b, 0x1134c, 0x11357, 0x11357,
    0x11362, 0x11363, 0x11435, 0x11441, 0x11443, 0x11445, 0x114b0, 0x114c1, 0x115af, 0x115b5,
    0x115b8, 0x115be, 0x115dc, 0x115dd, 0x11630, 0x1163e, 0x11640, 0x11640, 0x116ab, 0x116b5,
    0x1171d, 0x1172a, 0x1182c, 0x11838, 0x11930, 0x11935, 0x11937, 0x11938, 0x1193b, 0x1193c,
    0x11940, 0x11940, 0x11942, 0x11942, 0x119d1, 0x119d7, 0x119da, 0x119df, 0x119e4, 0x119e4,
    0x11a01, 0x11a0a, 0x11a35, 0x11a39, 0x11a3b, 0x11a3e, 0x11a51, 0x11a5b, 0x11a8a, 0x11a97,
    0x11c2f, 0x11c36, 0x11c38, 0x11c3e, 0x11c92, 0x11ca7, 0x11ca9, 0x11cb6, 0x11d31, 0x11d36,
    0x11d3a, 0x11d3a, 0x11d3c, 0x11d3d, 0x11d3f, 0x11d41, 0x11d43, 0x11d43, 0x11d47, 0x11d47,
    0x11d8a, 0x11d8e, 0x11d90, 0x11d91, 0x11d93, 0x11d96, 0x11ef3, 0x11ef6, 0x16f4f, 0x16f4f,
    0x16f51, 0x16f87, 0x16f8f, 0x16f92, 0x16ff0, 0x16ff1, 0x1bc9e, 0x1bc9e, 0x1e000, 0x1e006,
    0x1e008, 0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a, 0x1e947, 0x1e947,
    0x1f130, 0x1f149, 0x1f150, 0x1f169, 0x1f170, 0x1f189,
];

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::compile::Scratch;
    use crate::vm::{Config, Host};
    use std::string::String;
    use std::vec::Vec;

    /// Collects a program's output.
    #[derive(Default)]
    struct Captured {
        out: String,
    }

    impl Host for Captured {
        fn write_out(&mut self, text: &str) {
            self.out.push_str(text);
        }
        fn write_err(&mut self, _: &str) {}
    }

    /// Runs `source` in a fresh VM that collects garbage before every allocation (so a value
    /// the builtins forget to keep alive shows up); returns stdout and the last traceback
    /// line of an uncaught exception.
    #[track_caller]
    pub(in crate::builtins) fn run(source: &str) -> (String, Option<String>) {
        let arena = 8 << 20;
        let mut region: Vec<core::mem::MaybeUninit<u8>> = Vec::with_capacity(arena);
        region.resize(arena, core::mem::MaybeUninit::uninit());
        let mut scratch = std::boxed::Box::new(Scratch::new());
        let mut host = Captured::default();
        let config = Config {
            gc_stress: true,
            ..Config::default()
        };
        let (result, error) = {
            let mut vm = Vm::new(&mut region, &mut host, &mut scratch, config).expect("VM starts");
            let result = vm.run_main(source, "test.py");
            let mut error = String::new();
            if result.is_err() {
                vm.write_traceback(&mut error).expect("traceback");
            }
            (result, error)
        };
        let last = error.lines().last().map(String::from);
        (host.out, result.err().and(last))
    }

    /// Asserts that `source` prints `expected` (CPython's output).
    #[track_caller]
    pub(in crate::builtins) fn assert_prints(source: &str, expected: &str) {
        let (out, error) = run(source);
        assert_eq!(error, None, "unexpected error for:\n{source}");
        assert_eq!(out, expected, "output of:\n{source}");
    }

    /// Asserts that `source` dies of `expected` (the traceback's last line).
    #[track_caller]
    pub(in crate::builtins) fn assert_raises(source: &str, expected: &str) {
        let (_, error) = run(source);
        assert_eq!(error.as_deref(), Some(expected), "error of:\n{source}");
    }

    #[test]
    fn indices_adjust_like_cpython() {
        assert_eq!(adjust_indices(None, None, 5), (0, 5));
        assert_eq!(adjust_indices(Some(-2), Some(100), 5), (3, 5));
        assert_eq!(adjust_indices(Some(-100), Some(-1), 5), (0, 4));
        assert_eq!(adjust_indices(Some(7), Some(-100), 5), (7, 0));
        assert_eq!(adjust_indices(Some(i64::MIN), Some(i64::MAX), 3), (0, 3));
        assert_eq!(byte_offset("héllo", false, 2), 3);
        assert_eq!(byte_offset("héllo", false, 9), 6);
        assert_eq!(byte_offset("hello", true, 9), 5);
    }

    #[test]
    fn ranges_are_searched_inclusively() {
        let ranges = [2, 4, 10, 10, 20, 25];
        let found: Vec<u32> = (0..30).filter(|&c| in_ranges(&ranges, c)).collect();
        assert_eq!(found, [2, 3, 4, 10, 20, 21, 22, 23, 24, 25]);
        assert!(!in_ranges(&[], 0));
        for table in [
            DIGITS_NOT_DECIMAL,
            ALPHABETIC_NOT_LETTERS,
            FOLDS_THROUGH_UPPER,
        ] {
            assert_eq!(table.len() % 2, 0);
            assert!(
                table.windows(2).all(|pair| pair[0] <= pair[1]),
                "sorted pairs"
            );
        }
        assert!(HAN_NUMERALS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn character_classes_match_cpython() {
        // Each checked against CPython 3.11.
        for (c, alpha, digit, numeric) in [
            ('a', true, false, false),
            ('é', true, false, false),
            ('\u{93f}', false, false, false), // Devanagari vowel sign I (Mc)
            ('\u{2160}', false, false, true), // Roman numeral one (Nl)
            ('\u{24b6}', false, false, false), // circled A (So)
            ('²', false, true, true),
            ('\u{2460}', false, true, true), // circled one
            ('½', false, false, true),
            ('三', true, false, true),
            ('٣', false, true, true),
        ] {
            assert_eq!(is_alpha(c), alpha, "isalpha {c:?}");
            assert_eq!(is_digit(c), digit, "isdigit {c:?}");
            assert_eq!(is_numeric(c), numeric, "isnumeric {c:?}");
        }
        assert!(is_titlecase('ǅ') && !is_titlecase('Ǆ') && is_cased('ǅ') && !is_cased('1'));
        assert!(is_case_ignorable('\'') && !is_case_ignorable('a'));
    }

    #[test]
    fn split_and_search() {
        assert_prints(
            "print('  a  b c '.split(None, 1), ' a b c '.rsplit(None, 1), 'a,b,,c'.rsplit(',', 2))\n\
             print('héllo wörld'.find('ö'), 'héllo'.rfind('l', 0, 4), 'ééé'.count('é', 1))\n\
             print('x\\r\\ny\\rz'.splitlines(True), 'k=v'.partition('='), 'ab'.rpartition('x'))\n",
            "['a', 'b c '] [' a b', 'c'] ['a,b', '', 'c']\n7 3 2\n\
             ['x\\r\\n', 'y\\r', 'z'] ('k', '=', 'v') ('', '', 'ab')\n",
        );
        assert_raises("'abc'.index('z')", "ValueError: substring not found");
        assert_raises("''.split('')", "ValueError: empty separator");
        assert_raises(
            "''.split(',', sep=',')",
            "TypeError: argument for split() given by name ('sep') and position (1)",
        );
        assert_raises(
            "''.split(x=1)",
            "TypeError: 'x' is an invalid keyword argument for split()",
        );
        assert_raises(
            "''.split(x=1, y=2, z=3)",
            "TypeError: split() takes at most 2 keyword arguments (3 given)",
        );
        assert_raises(
            "''.find()",
            "TypeError: find() takes at least 1 argument (0 given)",
        );
        assert_raises(
            "''.strip(1, 2)",
            "TypeError: strip expected at most 1 argument, got 2",
        );
        assert_raises(
            "''.upper(1)",
            "TypeError: str.upper() takes no arguments (1 given)",
        );
        assert_raises(
            "''.join()",
            "TypeError: str.join() takes exactly one argument (0 given)",
        );
        assert_raises("''.join(5)", "TypeError: can only join an iterable");
        assert_raises(
            "str.upper(5)",
            "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object",
        );
    }

    #[test]
    fn case_and_padding() {
        assert_prints(
            "print('ǆa ßx ﬁ ᾀ'.title(), 'ΟΔΟΣ Σ'.lower(), 'Straße'.casefold(), 'ΣA'.swapcase())\n\
             print('ab'.center(5, '*'), 'abc'.center(6, '*'), '-4'.zfill(4), 'a\\tbc\\td'.expandtabs(3))\n",
            "ǅa Ssx Fi ᾈ οδος σ strasse σa\n**ab* *abc** -004 a  bc d\n",
        );
        assert_raises(
            "'a'.center(3, 'xy')",
            "TypeError: The fill character must be exactly one character long",
        );
    }
}
