//! The `random` module: CPython's Mersenne Twister ([`super::mt`]), so seeded programs print
//! the same numbers as under CPython.

use core::fmt::Write as _;

use crate::object::func::NativeDef;
use crate::object::{ListObj, StrObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

/// Module functions.
pub(super) static FUNCTIONS: &[NativeDef] = &[
    NativeDef {
        name: "seed",
        func: seed,
    },
    NativeDef {
        name: "random",
        func: random,
    },
    NativeDef {
        name: "getrandbits",
        func: getrandbits,
    },
    NativeDef {
        name: "randrange",
        func: randrange,
    },
    NativeDef {
        name: "randint",
        func: randint,
    },
    NativeDef {
        name: "choice",
        func: choice,
    },
    NativeDef {
        name: "shuffle",
        func: shuffle,
    },
    NativeDef {
        name: "uniform",
        func: uniform,
    },
    NativeDef {
        name: "gauss",
        func: gauss,
    },
];

fn int(vm: &mut Vm<'_>, value: Value) -> PyResult<i64> {
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

fn real(vm: &mut Vm<'_>, value: Value) -> PyResult<f64> {
    match value {
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(b))),
        Value::Float(f) => Ok(f),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("must be real number, not {}", vm.type_name(value)),
        )),
    }
}

fn range_error(vm: &mut Vm<'_>, err: super::mt::RangeError) -> crate::vm::Raised {
    vm.raise_msg(Cls::ValueError, format_args!("{err}"))
}

/// Binds `args` to the parameters `params` (after `self`) of the method `Random.{name}`,
/// which CPython writes in Python, the first `required` of them without a default. Errors
/// are worded as CPython words them for a Python function: keywords are matched first, then
/// the positional count is checked, then missing arguments are listed.
fn bind<const N: usize>(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    params: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut bound = [None; N];
    for (slot, &value) in bound.iter_mut().zip(args.pos) {
        *slot = Some(value);
    }
    if let Some(names) = args.kw_names {
        for (key, &value) in names.items().iter().zip(args.kw_values) {
            let key = key.as_obj().and_then(|o| o.downcast::<StrObj>());
            let key = key.as_ref().map_or("?", |k| k.as_str());
            let Some(index) = params.iter().position(|&p| p == key) else {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("Random.{name}() got an unexpected keyword argument '{key}'"),
                ));
            };
            if bound[index].is_some() {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("Random.{name}() got multiple values for argument '{key}'"),
                ));
            }
            bound[index] = Some(value);
        }
    }
    // CPython counts `self` among the positional arguments.
    let (given, most, least) = (args.pos.len() + 1, N + 1, required + 1);
    if given > most {
        return Err(if least == most {
            vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "Random.{name}() takes {most} positional arguments but {given} were given"
                ),
            )
        } else {
            vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "Random.{name}() takes from {least} to {most} positional arguments but {given} were given"
                ),
            )
        });
    }
    let missing = bound[..required].iter().filter(|v| v.is_none()).count();
    if missing > 0 {
        let mut list = heapless::String::<128>::new();
        let mut listed = 0;
        for (param, value) in params.iter().zip(&bound).take(required) {
            if value.is_some() {
                continue;
            }
            listed += 1;
            let separator = match (listed, missing) {
                (1, _) => "",
                (2, 2) => " and ",
                (l, m) if l == m => ", and ",
                _ => ", ",
            };
            // The names are short identifiers, so the buffer never fills.
            let _ = write!(list, "{separator}'{param}'");
        }
        let plural = if missing == 1 { "" } else { "s" };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "Random.{name}() missing {missing} required positional argument{plural}: {list}"
            ),
        ));
    }
    Ok(bound)
}

/// Rejects any argument to the C method `Random.{name}` (`random`), with CPython's messages.
fn no_args(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("Random.{name}() takes no keyword arguments"),
        ));
    }
    if !args.pos.is_empty() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "Random.{name}() takes no arguments ({} given)",
                args.pos.len()
            ),
        ));
    }
    Ok(())
}

fn seed(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [a, _version] = bind(vm, args, "seed", ["a", "version"], 0)?;
    match a {
        None | Some(Value::None) => {
            let bits = vm.host().time().to_bits() ^ vm.host().monotonic().to_bits();
            vm.random_state()
                .seed_u64_words(&[bits as u32, (bits >> 32) as u32]);
        }
        Some(Value::Float(f)) => {
            // CPython hashes non-int seeds; for floats that is the numeric hash.
            let hash = crate::vm::hash_float_value(f);
            vm.random_state().seed_int(hash);
        }
        Some(value) => {
            let n = int(vm, value)?;
            vm.random_state().seed_int(n);
        }
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "random")?;
    Ok(Value::Float(vm.random_state().random()))
}

fn getrandbits(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("Random.getrandbits() takes no keyword arguments"),
        ));
    }
    let [k] = args.pos else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "Random.getrandbits() takes exactly one argument ({} given)",
                args.pos.len()
            ),
        ));
    };
    let k = int(vm, *k)?;
    if k < 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("number of bits must be non-negative"),
        ));
    }
    if k > 63 {
        return Err(vm.overflow());
    }
    Ok(Value::Int(vm.random_state().getrandbits(k as u32) as i64))
}

fn randrange(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [start, stop, step] = bind(vm, args, "randrange", ["start", "stop", "step"], 1)?;
    let start = int(vm, start.unwrap_or(Value::None))?;
    let stop = stop.filter(|v| !matches!(v, Value::None));
    let result = match (stop, step) {
        (None, None) => vm.random_state().randrange_stop(start),
        (None, Some(_)) => {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("Missing a non-None stop argument"),
            ));
        }
        (Some(stop), step) => {
            let stop = int(vm, stop)?;
            let step = match step {
                Some(step) => int(vm, step)?,
                None => 1,
            };
            vm.random_state().randrange(start, stop, step)
        }
    };
    result.map(Value::Int).map_err(|err| range_error(vm, err))
}

fn randint(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [a, b] = bind(vm, args, "randint", ["a", "b"], 2)?;
    let a = int(vm, a.unwrap_or(Value::None))?;
    let b = int(vm, b.unwrap_or(Value::None))?;
    vm.random_state()
        .randint(a, b)
        .map(Value::Int)
        .map_err(|err| range_error(vm, err))
}

fn choice(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [seq] = bind(vm, args, "choice", ["seq"], 1)?;
    let seq = seq.unwrap_or(Value::None);
    let len = vm.len_of(seq)?;
    match vm.random_state().choice_index(len) {
        Some(index) => vm.get_item(seq, Value::Int(index as i64)),
        None => Err(vm.raise_msg(
            Cls::IndexError,
            format_args!("Cannot choose from an empty sequence"),
        )),
    }
}

fn shuffle(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [x] = bind(vm, args, "shuffle", ["x"], 1)?;
    let x = x.unwrap_or(Value::None);
    let Some(list) = x.as_obj().and_then(|o| o.downcast::<ListObj>()) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object does not support item assignment",
                vm.type_name(x)
            ),
        ));
    };
    let items = list.items();
    // The same swaps CPython makes: for i from the end, swap with randbelow(i + 1).
    for i in (1..items.len()).rev() {
        let j = vm.random_state().randbelow(i as u64 + 1) as usize;
        items[i].swap(&items[j]);
    }
    Ok(Value::None)
}

fn uniform(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [a, b] = bind(vm, args, "uniform", ["a", "b"], 2)?;
    let a = real(vm, a.unwrap_or(Value::None))?;
    let b = real(vm, b.unwrap_or(Value::None))?;
    Ok(Value::Float(vm.random_state().uniform(a, b)))
}

fn gauss(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let [mu, sigma] = bind(vm, args, "gauss", ["mu", "sigma"], 0)?;
    let mu = match mu {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    let sigma = match sigma {
        Some(v) => real(vm, v)?,
        None => 1.0,
    };
    Ok(Value::Float(vm.random_state().gauss(mu, sigma)))
}
