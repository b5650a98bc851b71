//! The `random` module: CPython's Mersenne Twister ([`super::mt`]), so seeded programs print
//! the same numbers as under CPython.

use crate::builtins::check_count;
use crate::object::ListObj;
use crate::object::func::NativeDef;
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

fn seed(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "seed", args, 0, 1)?;
    match args.pos.first() {
        None | Some(Value::None) => {
            let bits = vm.host().time().to_bits() ^ vm.host().monotonic().to_bits();
            vm.random_state()
                .seed_u64_words(&[bits as u32, (bits >> 32) as u32]);
        }
        Some(&Value::Float(f)) => {
            // CPython hashes non-int seeds; for floats that is the numeric hash.
            let hash = crate::vm::hash_float_value(f);
            vm.random_state().seed_int(hash);
        }
        Some(&value) => {
            let n = int(vm, value)?;
            vm.random_state().seed_int(n);
        }
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "random", args, 0, 0)?;
    Ok(Value::Float(vm.random_state().random()))
}

fn getrandbits(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "getrandbits", args, 1, 1)?;
    let k = int(vm, args.pos[0])?;
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
    check_count(vm, "randrange", args, 1, 3)?;
    let mut values = [0i64; 3];
    for (slot, &v) in values.iter_mut().zip(args.pos) {
        *slot = int(vm, v)?;
    }
    let result = match args.pos.len() {
        1 => vm.random_state().randrange_stop(values[0]),
        2 => vm.random_state().randrange(values[0], values[1], 1),
        _ => vm.random_state().randrange(values[0], values[1], values[2]),
    };
    result.map(Value::Int).map_err(|err| range_error(vm, err))
}

fn randint(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "randint", args, 2, 2)?;
    let (a, b) = (int(vm, args.pos[0])?, int(vm, args.pos[1])?);
    vm.random_state()
        .randint(a, b)
        .map(Value::Int)
        .map_err(|err| range_error(vm, err))
}

fn choice(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "choice", args, 1, 1)?;
    let seq = args.pos[0];
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
    check_count(vm, "shuffle", args, 1, 1)?;
    let Some(list) = args.pos[0].as_obj().and_then(|o| o.downcast::<ListObj>()) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object does not support item assignment",
                vm.type_name(args.pos[0])
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
    check_count(vm, "uniform", args, 2, 2)?;
    let (a, b) = (real(vm, args.pos[0])?, real(vm, args.pos[1])?);
    Ok(Value::Float(vm.random_state().uniform(a, b)))
}

fn gauss(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "gauss", args, 0, 2)?;
    let mu = match args.pos.first() {
        Some(&v) => real(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.pos.get(1) {
        Some(&v) => real(vm, v)?,
        None => 1.0,
    };
    Ok(Value::Float(vm.random_state().gauss(mu, sigma)))
}
