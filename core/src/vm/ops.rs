//! Operators: arithmetic, comparison, truth, identity hashing and equality.

use super::{Cls, Name, PyResult, Raised, Vm};
use crate::bytecode::{BinaryOp, CompareOp};
use crate::object::{Gc, Kind, ListObj, StrObj, TupleObj};
use crate::value::Value;
use core::cmp::Ordering;

/// CPython's modulus for numeric hashes: 2^61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;
/// Bits of the modulus.
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314_159;
/// `hash(None)`. CPython 3.11 hashes None by its address (`id(None) >> 4`), which changes
/// from run to run only above bit 16 (the reference `python3`'s libpython loads 2 MiB
/// aligned, so `id(None)` always ends in `0x5bbe0`). Sharing those low bits puts None in
/// the same slot as CPython in every set of up to 2^17 slots, so sets print in its order.
const HASH_NONE: i64 = 0x07f9_eb2e_5bbe;

/// A number as the arithmetic code sees it.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

fn as_num(value: Value) -> Option<Num> {
    match value {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Bool(b) => Some(Num::Int(i64::from(b))),
        Value::Float(f) => Some(Num::Float(f)),
        _ => None,
    }
}

/// The hash of an int, as CPython computes it.
pub(crate) fn hash_int(value: i64) -> i64 {
    let magnitude = value.unsigned_abs() % HASH_MODULUS;
    let hash = if value < 0 {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if hash == -1 { -2 } else { hash }
}

/// The hash of a float, as CPython computes it (equal to the int hash for integral values).
pub(crate) fn hash_float(value: f64) -> i64 {
    if value.is_nan() {
        return 0;
    }
    if value.is_infinite() {
        return if value > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut mantissa, mut exponent) = libm::frexp(value);
    let sign: i64 = if mantissa < 0.0 {
        mantissa = -mantissa;
        -1
    } else {
        1
    };
    let mut acc: u64 = 0;
    while mantissa != 0.0 {
        acc = ((acc << 28) & HASH_MODULUS) | (acc >> (HASH_BITS - 28));
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let digit = mantissa as u64;
        mantissa -= digit as f64;
        acc += digit;
        if acc >= HASH_MODULUS {
            acc -= HASH_MODULUS;
        }
    }
    let exponent = if exponent >= 0 {
        exponent as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - exponent) as u32 % HASH_BITS)
    };
    acc = ((acc << exponent) & HASH_MODULUS) | (acc >> (HASH_BITS - exponent));
    let hash = (acc as i64).wrapping_mul(sign);
    if hash == -1 { -2 } else { hash }
}

impl Vm<'_> {
    /// `hash(value)`.
    pub fn hash(&mut self, value: Value) -> PyResult<i64> {
        match value {
            Value::Null | Value::None => Ok(HASH_NONE),
            Value::Bool(b) => Ok(i64::from(b)),
            Value::Int(i) => Ok(hash_int(i)),
            Value::Float(f) => Ok(hash_float(f)),
            Value::Obj(obj) => match obj.kind() {
                Kind::Str => {
                    // SAFETY: the kind byte says it is a str.
                    Ok(self.str_hash(unsafe { Gc::<StrObj>::from_obj_unchecked(obj) }))
                }
                Kind::Tuple => {
                    // SAFETY: the kind byte says it is a tuple.
                    let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                    const PRIME_1: u64 = 11_400_714_785_074_694_791;
                    const PRIME_2: u64 = 14_029_467_366_897_019_727;
                    const PRIME_5: u64 = 2_870_177_450_012_600_261;
                    let mut acc = PRIME_5;
                    for &item in tuple.items() {
                        let lane = self.hash(item)? as u64;
                        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(PRIME_1);
                    }
                    acc = acc.wrapping_add((tuple.len as u64) ^ (PRIME_5 ^ 3_527_539));
                    Ok(if acc == u64::MAX {
                        1_546_275_796
                    } else {
                        acc as i64
                    })
                }
                Kind::List | Kind::Dict | Kind::DictView | Kind::Set => Err(self.unhashable(value)),
                Kind::FrozenSet => Ok(self.frozenset_hash(self.expect_any_set(value))),
                Kind::Instance => {
                    let class = self.class_of(value);
                    if let Some(hash) = self.lookup_in_class(class, self.name(Name::__hash__))? {
                        if matches!(hash, Value::None) {
                            return Err(self.unhashable(value));
                        }
                        if hash.as_obj().is_some_and(|o| o.kind() == Kind::Function) {
                            let result =
                                self.call_method_value(hash, value, &super::Args::positional(&[]))?;
                            return match result {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(i64::from(b)),
                                _ => Err(self.raise_msg(
                                    Cls::TypeError,
                                    format_args!("__hash__ method should return an integer"),
                                )),
                            };
                        }
                    }
                    Ok(identity_hash(obj.addr()))
                }
                _ => Ok(identity_hash(obj.addr())),
            },
        }
    }

    #[cold]
    fn unhashable(&mut self, value: Value) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("unhashable type: '{}'", self.type_name(value)),
        )
    }

    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(x, y) == Some(Ordering::Equal));
        }
        let (Some(oa), Some(ob)) = (a.as_obj(), b.as_obj()) else {
            if a.as_obj().is_some_and(|o| o.kind() == Kind::Instance)
                || b.as_obj().is_some_and(|o| o.kind() == Kind::Instance)
            {
                let result = self.compare(CompareOp::Eq, a, b)?;
                return self.truthy(result);
            }
            return Ok(false);
        };
        match (oa.kind(), ob.kind()) {
            (Kind::Str, Kind::Str) => {
                // SAFETY: both kind bytes say str.
                let (x, y) = unsafe {
                    (
                        Gc::<StrObj>::from_obj_unchecked(oa),
                        Gc::<StrObj>::from_obj_unchecked(ob),
                    )
                };
                Ok(x.len == y.len && x.as_str() == y.as_str())
            }
            (Kind::Tuple, Kind::Tuple) | (Kind::List, Kind::List) => {
                let (x, y) = (self.seq_items(a), self.seq_items(b));
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y) {
                    if !self.eq(*p, *q)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Kind::Dict, Kind::Dict) => {
                let (x, y) = (self.expect_dict(a), self.expect_dict(b));
                if x.len.get() != y.len.get() {
                    return Ok(false);
                }
                for index in 0..x.used.get() {
                    let Some(entry) = x.entries().get(index) else {
                        break;
                    };
                    let key = entry.key.get();
                    if key.is_null() {
                        continue;
                    }
                    let value = entry.value.get();
                    match self.dict_get(y, key)? {
                        Some(other) if self.eq(value, other)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => {
                self.set_equal(self.expect_any_set(a), self.expect_any_set(b))
            }
            (Kind::Range, Kind::Range) => {
                let (x, y) = (self.expect_range(a), self.expect_range(b));
                Ok(x.len == y.len
                    && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step))))
            }
            (Kind::Instance, _) | (_, Kind::Instance) => {
                let result = self.compare(CompareOp::Eq, a, b)?;
                self.truthy(result)
            }
            (Kind::DictView, Kind::DictView) => {
                Ok(self.view_compare(CompareOp::Eq, a, b)?.unwrap_or(false))
            }
            _ => Ok(false),
        }
    }

    /// Whether `value` is a set-like dict view (`keys()` or `items()`, not `values()`).
    fn is_set_like_view(&self, value: Value) -> bool {
        value.as_obj().is_some_and(|o| o.kind() == Kind::DictView)
            && self.expect_dict_view(value).part != crate::object::misc::DictPart::Values
    }

    /// A rich comparison of two set-like dict views, which compare as sets (equality, and
    /// subset for the orderings); `None` when either is no set-like view.
    fn view_compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let set_like = |vm: &Self, v: Value| {
            vm.is_set_like_view(v)
                || v.as_obj()
                    .is_some_and(|o| matches!(o.kind(), Kind::Set | Kind::FrozenSet))
        };
        let has_view = self.is_set_like_view(a) || self.is_set_like_view(b);
        if !has_view || !set_like(self, a) || !set_like(self, b) {
            return Ok(None);
        }
        let (len_a, len_b) = (self.len_of(a)?, self.len_of(b)?);
        let result = match op {
            CompareOp::Eq | CompareOp::Ne => {
                let same = len_a == len_b && self.all_contained_in(a, b)?;
                same == (op == CompareOp::Eq)
            }
            CompareOp::Lt => len_a < len_b && self.all_contained_in(a, b)?,
            CompareOp::Le => len_a <= len_b && self.all_contained_in(a, b)?,
            CompareOp::Gt => len_a > len_b && self.all_contained_in(b, a)?,
            CompareOp::Ge => len_a >= len_b && self.all_contained_in(b, a)?,
        };
        Ok(Some(result))
    }

    /// `& | - ^` with a set-like dict view on either side: both sides as sets, giving a set.
    fn view_set_op(&mut self, op: BinaryOp, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinaryOp::And | BinaryOp::Or | BinaryOp::Subtract | BinaryOp::Xor
        ) || !(self.is_set_like_view(lhs) || self.is_set_like_view(rhs))
        {
            return Ok(None);
        }
        let as_set = |vm: &mut Self, v: Value| -> PyResult<Option<Value>> {
            if vm.is_set_like_view(v) {
                return Ok(Some(vm.new_set_from(false, v)?.value()));
            }
            let is_set = v
                .as_obj()
                .is_some_and(|o| matches!(o.kind(), Kind::Set | Kind::FrozenSet));
            Ok(is_set.then_some(v))
        };
        let (Some(a), Some(b)) = (as_set(self, lhs)?, as_set(self, rhs)?) else {
            return Ok(None);
        };
        let a = if self.is_set_like_view(lhs) {
            a
        } else {
            // The result is a set even when the set operand is a frozenset.
            self.new_set_from(false, a)?.value()
        };
        self.set_binary_op(op, false, a, b)
    }

    /// Whether every item of the iterable `a` is `in` the container `b`.
    fn all_contained_in(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let iter = self.get_iter(a)?;
        while let Some(item) = self.iter_next(iter)? {
            if !self.contains(b, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The items of a list or tuple (empty for anything else).
    pub(crate) fn seq_items(&self, value: Value) -> &'static [Value] {
        let Some(obj) = value.as_obj() else {
            return &[];
        };
        let items: &[Value] = match obj.kind() {
            Kind::Tuple => {
                // SAFETY: the kind byte says tuple.
                let tuple = unsafe { Gc::<TupleObj>::from_obj_unchecked(obj) };
                let items = tuple.items();
                // SAFETY: extends the borrow of an immutable tuple that the caller holds.
                return unsafe { core::slice::from_raw_parts(items.as_ptr(), items.len()) };
            }
            Kind::List => {
                // SAFETY: the kind byte says list.
                let list = unsafe { Gc::<ListObj>::from_obj_unchecked(obj) };
                let cells = list.items();
                // SAFETY: Cell<Value> has Value's layout; the caller reads the items before
                // anything can change the list's buffer.
                return unsafe {
                    core::slice::from_raw_parts(cells.as_ptr().cast::<Value>(), cells.len())
                };
            }
            _ => &[],
        };
        // SAFETY: empty slice.
        unsafe { core::slice::from_raw_parts(items.as_ptr(), items.len()) }
    }

    /// Rich comparison `a OP b`.
    pub fn compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let ord = num_cmp(x, y);
            return Ok(Value::Bool(match ord {
                Some(ord) => super::interp::compare_ord(op, ord),
                None => op == CompareOp::Ne,
            }));
        }
        let kinds = (a.as_obj().map(|o| o.kind()), b.as_obj().map(|o| o.kind()));
        match kinds {
            (Some(Kind::Str), Some(Kind::Str)) => {
                let (x, y) = (self.expect_str(a), self.expect_str(b));
                return Ok(Value::Bool(super::interp::compare_ord(
                    op,
                    x.as_str().cmp(y.as_str()),
                )));
            }
            (Some(Kind::List), Some(Kind::List)) | (Some(Kind::Tuple), Some(Kind::Tuple)) => {
                return self.compare_sequences(op, a, b);
            }
            (Some(Kind::Set | Kind::FrozenSet), Some(Kind::Set | Kind::FrozenSet)) => {
                let (x, y) = (self.expect_any_set(a), self.expect_any_set(b));
                return Ok(Value::Bool(self.set_compare(op, x, y)?));
            }
            (Some(Kind::DictView), _) | (_, Some(Kind::DictView)) => {
                if let Some(result) = self.view_compare(op, a, b)? {
                    return Ok(Value::Bool(result));
                }
            }
            (Some(Kind::Instance), _) | (_, Some(Kind::Instance)) => {
                if let Some(result) = self.compare_special(op, a, b)? {
                    return Ok(result);
                }
                if let Some((a, b)) = self.builtin_operands(a, b) {
                    return self.compare(op, a, b);
                }
            }
            _ => {}
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(self.eq_fallback(a, b)?)),
            CompareOp::Ne => Ok(Value::Bool(!self.eq_fallback(a, b)?)),
            _ => Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                ),
            )),
        }
    }

    /// `==` for objects without a rich comparison of their own.
    fn eq_fallback(&mut self, a: Value, b: Value) -> PyResult<bool> {
        match (a.as_obj().map(|o| o.kind()), b.as_obj().map(|o| o.kind())) {
            (Some(Kind::Instance), _) | (_, Some(Kind::Instance)) => Ok(a.is(b)),
            _ => self.eq(a, b),
        }
    }

    /// User-defined `__eq__`, `__lt__`, ... with the reflected fallback (first when the right
    /// operand's class derives from the left's, as in CPython).
    fn compare_special(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let reflected = match op {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        };
        let (class_a, class_b) = (self.class_of(a), self.class_of(b));
        let reflected_first = class_a != class_b
            && b.as_obj().is_some_and(|o| o.kind() == Kind::Instance)
            && class_b.is_subclass_of(class_a);
        if reflected_first && let Some(result) = self.compare_one(reflected, b, a)? {
            return Ok(Some(result));
        }
        if let Some(result) = self.compare_one(op, a, b)? {
            return Ok(Some(result));
        }
        if reflected_first {
            return Ok(None);
        }
        self.compare_one(reflected, b, a)
    }

    /// `x.__op__(y)`; `None` when not defined or `NotImplemented`. Without a `__ne__` of its
    /// own, `!=` is the negation of `__eq__` (what `object.__ne__` does).
    fn compare_one(&mut self, op: CompareOp, x: Value, y: Value) -> PyResult<Option<Value>> {
        let name = match op {
            CompareOp::Lt => Name::__lt__,
            CompareOp::Le => Name::__le__,
            CompareOp::Eq => Name::__eq__,
            CompareOp::Ne => Name::__ne__,
            CompareOp::Gt => Name::__gt__,
            CompareOp::Ge => Name::__ge__,
        };
        if op != CompareOp::Ne || self.lookup_special(x, Name::__ne__)?.is_some() {
            return self.call_dunder(x, self.name(name), y);
        }
        match self.call_dunder(x, self.name(Name::__eq__), y)? {
            Some(result) => {
                let truth = self.truthy(result)?;
                Ok(Some(Value::Bool(!truth)))
            }
            None => Ok(None),
        }
    }

    /// Whether `value` is the `NotImplemented` singleton.
    pub(crate) fn is_not_implemented(&self, value: Value) -> bool {
        !self.not_implemented.is_null() && self.not_implemented.is(value)
    }

    fn compare_sequences(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        let (x, y) = (self.seq_items(a), self.seq_items(b));
        for (p, q) in x.iter().zip(y) {
            if !self.eq(*p, *q)? {
                return match op {
                    CompareOp::Eq => Ok(Value::Bool(false)),
                    CompareOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(op, *p, *q),
                };
            }
        }
        Ok(Value::Bool(super::interp::compare_ord(
            op,
            x.len().cmp(&y.len()),
        )))
    }

    /// `bool(value)`.
    pub fn truthy(&mut self, value: Value) -> PyResult<bool> {
        Ok(match value {
            Value::Null | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(obj) => match obj.kind() {
                Kind::Str => self.expect_str(value).len != 0,
                Kind::Tuple | Kind::List => !self.seq_items(value).is_empty(),
                Kind::Dict => self.expect_dict(value).len.get() != 0,
                Kind::Range => self.expect_range(value).len != 0,
                Kind::Set | Kind::FrozenSet => self.expect_any_set(value).used.get() != 0,
                Kind::DictView => self.len_of(value)? != 0,
                Kind::Instance => {
                    if let Some(method) = self.lookup_special(value, Name::__bool__)? {
                        let result =
                            self.call_method_value(method, value, &super::Args::positional(&[]))?;
                        return match result {
                            Value::Bool(b) => Ok(b),
                            _ => Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "__bool__ should return bool, returned {}",
                                    self.type_name(result)
                                ),
                            )),
                        };
                    }
                    if self.lookup_special(value, Name::__len__)?.is_some() {
                        return Ok(self.len_of(value)? != 0);
                    }
                    if let Some(base) = self.builtin_base(value) {
                        return self.truthy(base);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// `-value`.
    pub fn negate(&mut self, value: Value) -> PyResult<Value> {
        match as_num(value) {
            Some(Num::Int(i)) => i
                .checked_neg()
                .map(Value::Int)
                .ok_or_else(|| self.overflow()),
            Some(Num::Float(f)) => Ok(Value::Float(-f)),
            None => self.unary_special(value, Name::__neg__, "-"),
        }
    }

    /// `+value`.
    pub fn positive(&mut self, value: Value) -> PyResult<Value> {
        match as_num(value) {
            Some(Num::Int(i)) => Ok(Value::Int(i)),
            Some(Num::Float(f)) => Ok(Value::Float(f)),
            None => self.unary_special(value, Name::__pos__, "+"),
        }
    }

    /// `~value`.
    pub fn invert(&mut self, value: Value) -> PyResult<Value> {
        match as_num(value) {
            Some(Num::Int(i)) => Ok(Value::Int(!i)),
            _ => self.unary_special(value, Name::__invert__, "~"),
        }
    }

    fn unary_special(&mut self, value: Value, name: Name, symbol: &str) -> PyResult<Value> {
        if let Some(method) = self.lookup_special(value, name)? {
            return self.call_method_value(method, value, &super::Args::positional(&[]));
        }
        Err(self.raise_msg(
            Cls::TypeError,
            format_args!(
                "bad operand type for unary {}: '{}'",
                symbol,
                self.type_name(value)
            ),
        ))
    }

    /// `OverflowError` for an int result outside 64 bits.
    #[cold]
    pub(crate) fn overflow(&mut self) -> Raised {
        self.raise_msg(Cls::OverflowError, format_args!("integer overflow"))
    }

    /// `lhs OP rhs` (`inplace`: the augmented-assignment form).
    pub fn binary_op(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Value> {
        if let (Some(a), Some(b)) = (as_num(lhs), as_num(rhs)) {
            if let (Value::Bool(x), Value::Bool(y)) = (lhs, rhs) {
                match op {
                    BinaryOp::And => return Ok(Value::Bool(x & y)),
                    BinaryOp::Or => return Ok(Value::Bool(x | y)),
                    BinaryOp::Xor => return Ok(Value::Bool(x ^ y)),
                    _ => {}
                }
            }
            if let Some(result) = self.numeric_op(op, a, b)? {
                return Ok(result);
            }
        }
        if let Some(result) = self.sequence_op(op, inplace, lhs, rhs)? {
            return Ok(result);
        }
        if let Some(result) = self.set_binary_op(op, inplace, lhs, rhs)? {
            return Ok(result);
        }
        if let Some(result) = self.view_set_op(op, lhs, rhs)? {
            return Ok(result);
        }
        if let Some(result) = self.binary_special(op, inplace, lhs, rhs)? {
            return Ok(result);
        }
        // A str, list or tuple whose user-object operand declined: the sequence's own error,
        // unless the operand is a subclass of the same sequence type (which concatenates).
        if let Some(kind) = lhs.as_obj().map(|o| o.kind())
            && matches!(kind, Kind::Str | Kind::List | Kind::Tuple)
            && !(op == BinaryOp::Add
                && self
                    .builtin_base(rhs)
                    .and_then(|base| base.as_obj())
                    .is_some_and(|base| base.kind() == kind))
        {
            match op {
                BinaryOp::Add => {
                    let type_name = self.type_name(lhs);
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "can only concatenate {type_name} (not \"{}\") to {type_name}",
                            self.type_name(rhs)
                        ),
                    ));
                }
                BinaryOp::Multiply => {
                    // A repeat count may be any object with `__index__`.
                    if let Some(n) = self.user_index(rhs)? {
                        return Ok(self
                            .sequence_op(op, inplace, lhs, Value::Int(n))?
                            .unwrap_or(lhs));
                    }
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(rhs)
                        ),
                    ));
                }
                _ => {}
            }
        }
        if let Some((left, right)) = self.builtin_operands(lhs, rhs) {
            let result = self.binary_op(op, inplace, left, right)?;
            // `+=` on a list subclass extends it in place and keeps the instance.
            return Ok(if inplace && result.is(left) && !left.is(lhs) {
                lhs
            } else {
                result
            });
        }
        let (lt, rt) = (self.type_name(lhs), self.type_name(rhs));
        // CPython names `pow()` alongside `**`, except for the augmented `**=`.
        let (symbol, eq) = match (op, inplace) {
            (_, true) => (op.symbol(), "="),
            (BinaryOp::Power, false) => ("** or pow()", ""),
            (_, false) => (op.symbol(), ""),
        };
        Err(self.raise_msg(
            Cls::TypeError,
            format_args!("unsupported operand type(s) for {symbol}{eq}: '{lt}' and '{rt}'"),
        ))
    }

    fn numeric_op(&mut self, op: BinaryOp, a: Num, b: Num) -> PyResult<Option<Value>> {
        if let (Num::Int(x), Num::Int(y)) = (a, b) {
            return self.int_op(op, x, y).map(Some);
        }
        let (x, y) = (to_f64(a), to_f64(b));
        let value = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::TrueDivide => {
                if y == 0.0 {
                    return Err(self.raise_msg(
                        Cls::ZeroDivisionError,
                        format_args!("float division by zero"),
                    ));
                }
                x / y
            }
            BinaryOp::FloorDivide | BinaryOp::Remainder => {
                if y == 0.0 {
                    let what = if op == BinaryOp::FloorDivide {
                        "float floor division by zero"
                    } else {
                        "float modulo"
                    };
                    return Err(self.raise_msg(Cls::ZeroDivisionError, format_args!("{what}")));
                }
                let (div, rem) = float_divmod(x, y);
                if op == BinaryOp::FloorDivide {
                    div
                } else {
                    rem
                }
            }
            BinaryOp::Power => return self.float_pow(x, y).map(|f| Some(Value::Float(f))),
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(value)))
    }

    /// Integer arithmetic with Python semantics; results outside i64 raise OverflowError.
    pub(crate) fn int_op(&mut self, op: BinaryOp, x: i64, y: i64) -> PyResult<Value> {
        let checked = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Subtract => x.checked_sub(y),
            BinaryOp::Multiply => x.checked_mul(y),
            BinaryOp::FloorDivide | BinaryOp::Remainder => {
                if y == 0 {
                    let what = if op == BinaryOp::FloorDivide {
                        "integer division or modulo by zero"
                    } else {
                        "integer modulo by zero"
                    };
                    return Err(self.raise_msg(Cls::ZeroDivisionError, format_args!("{what}")));
                }
                int_divmod(x, y).map(|(div, rem)| {
                    if op == BinaryOp::FloorDivide {
                        div
                    } else {
                        rem
                    }
                })
            }
            BinaryOp::TrueDivide => {
                if y == 0 {
                    return Err(
                        self.raise_msg(Cls::ZeroDivisionError, format_args!("division by zero"))
                    );
                }
                return Ok(Value::Float(int_true_divide(x, y)));
            }
            BinaryOp::Power => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.raise_msg(
                            Cls::ZeroDivisionError,
                            format_args!("0.0 cannot be raised to a negative power"),
                        ));
                    }
                    return self.float_pow(x as f64, y as f64).map(Value::Float);
                }
                u32::try_from(y)
                    .ok()
                    .and_then(|e| x.checked_pow(e))
                    .or(match x {
                        0 | 1 => Some(x),
                        -1 => Some(if y % 2 == 0 { 1 } else { -1 }),
                        _ => None,
                    })
            }
            BinaryOp::LShift => {
                if y < 0 {
                    return Err(
                        self.raise_msg(Cls::ValueError, format_args!("negative shift count"))
                    );
                }
                if x == 0 {
                    Some(0)
                } else if y >= 64 {
                    None
                } else {
                    let shifted = x << y;
                    if shifted >> y == x {
                        Some(shifted)
                    } else {
                        None
                    }
                }
            }
            BinaryOp::RShift => {
                if y < 0 {
                    return Err(
                        self.raise_msg(Cls::ValueError, format_args!("negative shift count"))
                    );
                }
                Some(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::MatMul => {
                return Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!("unsupported operand type(s) for @: 'int' and 'int'"),
                ));
            }
        };
        checked.map(Value::Int).ok_or_else(|| self.overflow())
    }

    /// `divmod(a, b)`: the floor quotient and remainder of two numbers as a tuple, else the
    /// operands' `__divmod__` / `__rdivmod__`.
    pub(crate) fn divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let (div, rem) = if let (Num::Int(x), Num::Int(y)) = (x, y) {
                if y == 0 {
                    return Err(self.raise_msg(
                        Cls::ZeroDivisionError,
                        format_args!("integer division or modulo by zero"),
                    ));
                }
                let (div, rem) = int_divmod(x, y).ok_or_else(|| self.overflow())?;
                (Value::Int(div), Value::Int(rem))
            } else {
                let (x, y) = (to_f64(x), to_f64(y));
                if y == 0.0 {
                    return Err(
                        self.raise_msg(Cls::ZeroDivisionError, format_args!("float divmod()"))
                    );
                }
                let (div, rem) = float_divmod(x, y);
                (Value::Float(div), Value::Float(rem))
            };
            return Ok(self.new_tuple(&[div, rem])?.value());
        }
        let is_instance = |v: Value| v.as_obj().is_some_and(|o| o.kind() == Kind::Instance);
        if is_instance(a) {
            let name = self.intern("__divmod__")?;
            if let Some(result) = self.call_dunder(a, name, b)? {
                return Ok(result);
            }
        }
        if is_instance(b) {
            let name = self.intern("__rdivmod__")?;
            if let Some(result) = self.call_dunder(b, name, a)? {
                return Ok(result);
            }
        }
        let (lt, rt) = (self.type_name(a), self.type_name(b));
        Err(self.raise_msg(
            Cls::TypeError,
            format_args!("unsupported operand type(s) for divmod(): '{lt}' and '{rt}'"),
        ))
    }

    /// `x ** y` for floats.
    pub(crate) fn float_pow(&mut self, x: f64, y: f64) -> PyResult<f64> {
        if x == 0.0 && y < 0.0 {
            return Err(self.raise_msg(
                Cls::ZeroDivisionError,
                format_args!("0.0 cannot be raised to a negative power"),
            ));
        }
        if x < 0.0 && y.is_finite() && y != libm::trunc(y) {
            return Err(self.raise_msg(
                Cls::ValueError,
                format_args!("a negative number raised to a fractional power is complex, which Tracery does not support"),
            ));
        }
        let result = accurate_pow(x, y);
        if result.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.raise_msg(
                Cls::OverflowError,
                format_args!("(34, 'Numerical result out of range')"),
            ));
        }
        Ok(result)
    }

    /// `+` and `*` on str, list and tuple.
    fn sequence_op(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        let Some(left) = lhs.as_obj() else {
            if let (BinaryOp::Multiply, Some(Num::Int(n))) = (op, as_num(lhs))
                && rhs
                    .as_obj()
                    .is_some_and(|o| matches!(o.kind(), Kind::Str | Kind::List | Kind::Tuple))
            {
                return self.repeat(rhs, n).map(Some);
            }
            return Ok(None);
        };
        match (op, left.kind()) {
            (BinaryOp::Add, Kind::Str) => {
                if !self.concat_operand(rhs, Kind::Str, "str")? {
                    return Ok(None);
                }
                let s = self.concat_strs(&[lhs, rhs])?;
                Ok(Some(s.value()))
            }
            (BinaryOp::Add, Kind::List) => {
                let list = self.expect_list(lhs);
                if inplace {
                    self.list_extend(list, rhs)?;
                    return Ok(Some(lhs));
                }
                if !self.concat_operand(rhs, Kind::List, "list")? {
                    return Ok(None);
                }
                let len = self.seq_items(lhs).len() + self.seq_items(rhs).len();
                let result = self.new_list_with_capacity(len)?;
                let (a, b) = (self.seq_items(lhs), self.seq_items(rhs));
                self.list_extend_from_slice(result, a)?;
                self.list_extend_from_slice(result, b)?;
                Ok(Some(result.value()))
            }
            (BinaryOp::Add, Kind::Tuple) => {
                if !self.concat_operand(rhs, Kind::Tuple, "tuple")? {
                    return Ok(None);
                }
                let (a, b) = (self.seq_items(lhs), self.seq_items(rhs));
                let tuple = self.new_tuple_with(a.len() + b.len(), |i| {
                    if i < a.len() { a[i] } else { b[i - a.len()] }
                })?;
                Ok(Some(tuple.value()))
            }
            (BinaryOp::Multiply, Kind::Str | Kind::List | Kind::Tuple) => match as_num(rhs) {
                Some(Num::Int(n)) => {
                    if inplace && left.kind() == Kind::List {
                        let list = self.expect_list(lhs);
                        let repeated = self.repeat(lhs, n)?;
                        let items = self.seq_items(repeated);
                        self.list_set_contents(list, items)?;
                        return Ok(Some(lhs));
                    }
                    self.repeat(lhs, n).map(Some)
                }
                _ if rhs.as_obj().is_some_and(|o| o.kind() == Kind::Instance) => Ok(None),
                _ => Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(rhs)
                    ),
                )),
            },
            (BinaryOp::Remainder, Kind::Str) => self.percent_format(lhs, rhs).map(Some),
            _ => Ok(None),
        }
    }

    /// Checks the right operand of `+` on a str, list or tuple: true when it has the same
    /// kind, false when it is a user object (whose `__radd__` gets its turn), else CPython's
    /// "can only concatenate" TypeError.
    fn concat_operand(&mut self, rhs: Value, kind: Kind, type_name: &str) -> PyResult<bool> {
        match rhs.as_obj().map(|o| o.kind()) {
            Some(k) if k == kind => Ok(true),
            Some(Kind::Instance) => Ok(false),
            _ => Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "can only concatenate {type_name} (not \"{}\") to {type_name}",
                    self.type_name(rhs)
                ),
            )),
        }
    }

    /// User-defined `__add__` / `__radd__` / `__iadd__` and friends.
    fn binary_special(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        let is_instance = |v: Value| v.as_obj().is_some_and(|o| o.kind() == Kind::Instance);
        if !is_instance(lhs) && !is_instance(rhs) {
            return Ok(None);
        }
        let (forward, reflected, in_place) = dunder_names(op);
        let (forward, reflected) = (self.name(forward), self.name(reflected));
        if inplace && is_instance(lhs) {
            let name = self.name(in_place);
            if let Some(result) = self.call_dunder(lhs, name, rhs)? {
                return Ok(Some(result));
            }
        }
        // As in CPython: the reflected method is only for operands of different classes, and
        // goes first when the right operand's class derives from the left's and overrides it.
        let (left_class, right_class) = (self.class_of(lhs), self.class_of(rhs));
        let try_reflected = is_instance(rhs) && left_class != right_class;
        if try_reflected
            && right_class.is_subclass_of(left_class)
            && self.overrides(right_class, left_class, reflected)?
        {
            if let Some(result) = self.call_dunder(rhs, reflected, lhs)? {
                return Ok(Some(result));
            }
            return self.call_dunder(lhs, forward, rhs);
        }
        if is_instance(lhs)
            && let Some(result) = self.call_dunder(lhs, forward, rhs)?
        {
            return Ok(Some(result));
        }
        if try_reflected {
            return self.call_dunder(rhs, reflected, lhs);
        }
        Ok(None)
    }

    /// Whether `sub` defines `name` differently from `base`.
    fn overrides(
        &mut self,
        sub: Gc<crate::object::ClassObj>,
        base: Gc<crate::object::ClassObj>,
        name: Gc<StrObj>,
    ) -> PyResult<bool> {
        let mine = self.lookup_in_class(sub, name)?;
        let theirs = self.lookup_in_class(base, name)?;
        Ok(match (mine, theirs) {
            (Some(a), Some(b)) => !a.is(b),
            (mine, _) => mine.is_some(),
        })
    }

    /// `receiver.name(arg)` when the receiver's class defines `name`; `None` when it does not
    /// or the method returns `NotImplemented`.
    fn call_dunder(
        &mut self,
        receiver: Value,
        name: Gc<StrObj>,
        arg: Value,
    ) -> PyResult<Option<Value>> {
        let Some(method) = self.lookup_in_class(self.class_of(receiver), name)? else {
            return Ok(None);
        };
        let result = self.call_method_value(method, receiver, &super::Args::positional(&[arg]))?;
        Ok(if self.is_not_implemented(result) {
            None
        } else {
            Some(result)
        })
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let Some(obj) = seq.as_obj() else {
            return Ok(seq);
        };
        match obj.kind() {
            Kind::Str => {
                let s = self.expect_str(seq);
                let total = s
                    .len
                    .checked_mul(n)
                    .ok_or_else(|| self.raise_memory_error())?;
                let mut builder = super::format::StrBuilder::new();
                builder.reserve(self, total)?;
                for _ in 0..n {
                    builder.push_str(self, s.as_str())?;
                }
                Ok(builder.finish(self)?.value())
            }
            Kind::List | Kind::Tuple => {
                let items = self.seq_items(seq);
                let total = items
                    .len()
                    .checked_mul(n)
                    .ok_or_else(|| self.raise_memory_error())?;
                if obj.kind() == Kind::Tuple {
                    let items = self.seq_items(seq);
                    let len = items.len();
                    return Ok(self.new_tuple_with(total, |i| items[i % len])?.value());
                }
                let list = self.new_list_with_capacity(total)?;
                for _ in 0..n {
                    let items = self.seq_items(seq);
                    self.list_extend_from_slice(list, items)?;
                }
                Ok(list.value())
            }
            _ => Ok(seq),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let Some(obj) = container.as_obj() else {
            return Err(self.not_container(container));
        };
        match obj.kind() {
            Kind::Str => {
                let Some(needle) = item.as_obj().and_then(|o| o.downcast::<StrObj>()) else {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ),
                    ));
                };
                Ok(self
                    .expect_str(container)
                    .as_str()
                    .contains(needle.as_str()))
            }
            Kind::List | Kind::Tuple => {
                let mut index = 0;
                loop {
                    let items = self.seq_items(container);
                    let Some(&candidate) = items.get(index) else {
                        return Ok(false);
                    };
                    if self.eq(candidate, item)? {
                        return Ok(true);
                    }
                    index += 1;
                }
            }
            Kind::Dict => Ok(self.dict_get(self.expect_dict(container), item)?.is_some()),
            Kind::Set | Kind::FrozenSet => self.set_contains(self.expect_any_set(container), item),
            Kind::Range => {
                let range = self.expect_range(container);
                let value = match item {
                    Value::Int(i) => i,
                    Value::Bool(b) => i64::from(b),
                    Value::Float(f) if f == libm::trunc(f) && f.abs() < 9.2e18 => f as i64,
                    _ => return Ok(false),
                };
                if range.len == 0 {
                    return Ok(false);
                }
                let offset = i128::from(value) - i128::from(range.start);
                let step = i128::from(range.step);
                Ok(offset % step == 0
                    && offset / step >= 0
                    && offset / step < i128::from(range.len))
            }
            Kind::Instance => {
                if let Some(method) = self.lookup_special(container, Name::__contains__)? {
                    let result = self.call_method_value(
                        method,
                        container,
                        &super::Args::positional(&[item]),
                    )?;
                    return self.truthy(result);
                }
                if let Some(base) = self.builtin_base(container) {
                    return self.contains(base, item);
                }
                self.contains_by_iteration(container, item)
            }
            Kind::DictView => {
                let view = self.expect_dict_view(container);
                match view.part {
                    crate::object::misc::DictPart::Keys => {
                        Ok(self.dict_get(view.dict, item)?.is_some())
                    }
                    crate::object::misc::DictPart::Items => {
                        // Only a `(key, value)` pair can be an item: look the key up.
                        let &[key, value] = self.seq_items(item) else {
                            return Ok(false);
                        };
                        if !item.as_obj().is_some_and(|o| o.kind() == Kind::Tuple) {
                            return Ok(false);
                        }
                        match self.dict_get(view.dict, key)? {
                            Some(found) => self.eq(found, value),
                            None => Ok(false),
                        }
                    }
                    crate::object::misc::DictPart::Values => {
                        self.contains_by_iteration(container, item)
                    }
                }
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let iter = match self.get_iter(container) {
            Ok(iter) => iter,
            Err(raised) => {
                if self.exc_is(Cls::TypeError) {
                    self.exc = Value::Null;
                    return Err(self.not_container(container));
                }
                return Err(raised);
            }
        };
        while let Some(candidate) = self.iter_next(iter)? {
            if self.eq(candidate, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    #[cold]
    fn not_container(&mut self, value: Value) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!(
                "argument of type '{}' is not iterable",
                self.type_name(value)
            ),
        )
    }
}

/// The dunder names of a binary operator: forward, reflected, in-place.
fn dunder_names(op: BinaryOp) -> (Name, Name, Name) {
    match op {
        BinaryOp::Add => (Name::__add__, Name::__radd__, Name::__iadd__),
        BinaryOp::And => (Name::__and__, Name::__rand__, Name::__iand__),
        BinaryOp::FloorDivide => (Name::__floordiv__, Name::__rfloordiv__, Name::__ifloordiv__),
        BinaryOp::LShift => (Name::__lshift__, Name::__rlshift__, Name::__ilshift__),
        BinaryOp::MatMul => (Name::__matmul__, Name::__rmatmul__, Name::__imatmul__),
        BinaryOp::Multiply => (Name::__mul__, Name::__rmul__, Name::__imul__),
        BinaryOp::Remainder => (Name::__mod__, Name::__rmod__, Name::__imod__),
        BinaryOp::Or => (Name::__or__, Name::__ror__, Name::__ior__),
        BinaryOp::Power => (Name::__pow__, Name::__rpow__, Name::__ipow__),
        BinaryOp::RShift => (Name::__rshift__, Name::__rrshift__, Name::__irshift__),
        BinaryOp::Subtract => (Name::__sub__, Name::__rsub__, Name::__isub__),
        BinaryOp::TrueDivide => (Name::__truediv__, Name::__rtruediv__, Name::__itruediv__),
        BinaryOp::Xor => (Name::__xor__, Name::__rxor__, Name::__ixor__),
    }
}

fn to_f64(num: Num) -> f64 {
    match num {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    }
}

/// Compares two numbers exactly (an int and a float compare by value, not after rounding).
fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, x).map(Ordering::reverse),
    }
}

/// Compares an int with a float without losing precision.
fn int_float_cmp(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 9_223_372_036_854_775_808.0 {
        return Some(Ordering::Less);
    }
    if f < -9_223_372_036_854_775_808.0 {
        return Some(Ordering::Greater);
    }
    let truncated = libm::trunc(f);
    let whole = truncated as i64;
    match i.cmp(&whole) {
        Ordering::Equal => {
            let frac = f - truncated;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// Python's floor division and modulo for ints (`None` on overflow: `i64::MIN // -1`).
#[inline]
pub(crate) fn int_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    let mut div = x.checked_div(y)?;
    let mut rem = x.checked_rem(y)?;
    if rem != 0 && ((rem < 0) != (y < 0)) {
        rem += y;
        div -= 1;
    }
    Some((div, rem))
}

/// `x / y` for ints (`y` is not 0), correctly rounded like CPython's.
///
/// When both fit a double's mantissa one IEEE division rounds the exact quotient once.
/// Otherwise the quotient is computed in 128-bit integers scaled to at least 55 significant
/// bits, with a sticky bit for a non-zero remainder, so the single rounding of the `u128` to
/// `f64` conversion is the correct one; the power-of-two scale is then removed exactly.
#[inline]
pub(crate) fn int_true_divide(x: i64, y: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    let (a, b) = (x.unsigned_abs(), y.unsigned_abs());
    if a <= EXACT && b <= EXACT {
        return x as f64 / y as f64;
    }
    let bits = |v: u64| 64 - v.leading_zeros() as i32;
    // Bits the quotient of a << shift by b has, at least: bits(a) + shift - bits(b).
    let shift = (55 + bits(b) - bits(a)).max(0);
    let scaled = u128::from(a) << shift;
    let divisor = u128::from(b);
    let (quotient, remainder) = (scaled / divisor, scaled % divisor);
    let sticky = u128::from(remainder != 0);
    let magnitude = (quotient | sticky) as f64 * libm::exp2(-f64::from(shift));
    if (x < 0) != (y < 0) {
        -magnitude
    } else {
        magnitude
    }
}

/// Python's floor division and modulo for floats (`y` is not 0).
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut rem = libm::fmod(x, y);
    let mut div = (x - rem) / y;
    if rem != 0.0 {
        if (y < 0.0) != (rem < 0.0) {
            rem += y;
            div -= 1.0;
        }
    } else {
        rem = libm::copysign(0.0, y);
    }
    let floordiv = if div != 0.0 {
        let floor = libm::floor(div);
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        libm::copysign(0.0, x / y)
    };
    (floordiv, rem)
}

/// A hash for objects that hash by identity.
fn identity_hash(addr: usize) -> i64 {
    // Objects are 16-byte aligned: drop the always-zero bits, as CPython does.
    let hash = (addr >> 4) as i64;
    if hash == -1 { -2 } else { hash }
}

/// `x ** y`, correctly rounded in practice for integral exponents (where `libm::pow` can be
/// one unit in the last place off, and CPython programs print the difference).
pub(crate) fn accurate_pow(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() || y != libm::trunc(y) || libm::fabs(y) > 1024.0 || x == 0.0
    {
        return libm::pow(x, y);
    }
    // Exponentiation by squaring in double-double arithmetic (about 106 bits of precision).
    let mut n = libm::fabs(y) as u32;
    let mut base = (x, 0.0);
    let mut acc = (1.0, 0.0);
    while n > 0 {
        if n & 1 == 1 {
            acc = dd_mul(acc, base);
        }
        n >>= 1;
        if n > 0 {
            base = dd_mul(base, base);
        }
    }
    if !acc.0.is_finite() || acc.0 == 0.0 {
        return libm::pow(x, y);
    }
    if y < 0.0 {
        // 1 / (hi + lo) with one Newton correction.
        let q1 = 1.0 / acc.0;
        let (p, e) = dd_mul((q1, 0.0), acc);
        let remainder = (1.0 - p) - e;
        let q2 = remainder / acc.0;
        q1 + q2
    } else {
        acc.0 + acc.1
    }
}

/// Double-double product.
fn dd_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let p = a.0 * b.0;
    let mut e = libm::fma(a.0, b.0, -p);
    e += a.0 * b.1 + a.1 * b.0;
    let s = p + e;
    (s, e - (s - p))
}
