//! Value representation benchmark: the 16-byte tagged union Tracery uses against an 8-byte
//! NaN-box, on the interpreter's hot pattern (load slots, check types, checked arithmetic,
//! store slots) and on a list scan. `cargo bench -p tracery-core --bench value_repr`; the
//! figures are quoted in `core/src/value.rs`.

use std::hint::black_box;
use std::time::Instant;

/// The tagged union (the shape of `tracery_core::value::Value`).
#[derive(Clone, Copy)]
#[repr(C, u8)]
enum Tagged {
    Int(i64),
    Float(f64),
}

/// A NaN-box: floats are themselves; ints of 48 bits live in the quiet-NaN space; larger ints
/// go to a side table (standing in for heap boxes, and cheaper than them).
#[derive(Clone, Copy)]
struct NanBox(u64);

const TAG_INT: u64 = 0xFFF9_0000_0000_0000;
const TAG_BOX: u64 = 0xFFFA_0000_0000_0000;
const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
const PAYLOAD: u64 = 0x0000_FFFF_FFFF_FFFF;

impl NanBox {
    fn int(value: i64, boxes: &mut Vec<i64>) -> NanBox {
        if (-(1 << 47)..(1 << 47)).contains(&value) {
            NanBox(TAG_INT | (value as u64 & PAYLOAD))
        } else {
            boxes.push(value);
            NanBox(TAG_BOX | (boxes.len() as u64 - 1))
        }
    }

    fn as_int(self, boxes: &[i64]) -> Option<i64> {
        match self.0 & TAG_MASK {
            TAG_INT => Some(((self.0 << 16) as i64) >> 16),
            TAG_BOX => boxes.get((self.0 & PAYLOAD) as usize).copied(),
            _ => None,
        }
    }

    fn float(value: f64) -> NanBox {
        NanBox(value.to_bits())
    }

    fn as_float(self) -> Option<f64> {
        if self.0 & TAG_MASK >= TAG_INT {
            None
        } else {
            Some(f64::from_bits(self.0))
        }
    }
}

const LOOP: i64 = 20_000_000;
const LIST: i64 = 4_000_000;

fn int_loop_tagged() -> Option<i64> {
    let mut slots = [Tagged::Int(0), Tagged::Int(0)];
    loop {
        let (Tagged::Int(i), Tagged::Int(total)) = (black_box(slots[0]), black_box(slots[1]))
        else {
            return None;
        };
        if i >= LOOP {
            return Some(total);
        }
        let step = i.checked_mul(3)? % 7;
        slots[1] = Tagged::Int(total.checked_add(step)?);
        slots[0] = Tagged::Int(i.checked_add(1)?);
    }
}

fn int_loop_nanbox() -> Option<i64> {
    let mut boxes = Vec::new();
    let mut slots = [NanBox::int(0, &mut boxes), NanBox::int(0, &mut boxes)];
    loop {
        let i = black_box(slots[0]).as_int(&boxes)?;
        let total = black_box(slots[1]).as_int(&boxes)?;
        if i >= LOOP {
            return Some(total);
        }
        let step = i.checked_mul(3)? % 7;
        slots[1] = NanBox::int(total.checked_add(step)?, &mut boxes);
        slots[0] = NanBox::int(i.checked_add(1)?, &mut boxes);
    }
}

fn float_loop_tagged() -> Option<f64> {
    let mut slots = [Tagged::Float(0.0), Tagged::Float(1.0)];
    for i in 0..LOOP {
        let (Tagged::Float(x), Tagged::Float(y)) = (black_box(slots[0]), black_box(slots[1]))
        else {
            return None;
        };
        let x = x * 0.999 + y * 0.001;
        slots[0] = Tagged::Float(x);
        slots[1] = Tagged::Float(y + x / (i as f64 + 1.0));
    }
    match slots[1] {
        Tagged::Float(y) => Some(y),
        Tagged::Int(_) => None,
    }
}

fn float_loop_nanbox() -> Option<f64> {
    let mut slots = [NanBox::float(0.0), NanBox::float(1.0)];
    for i in 0..LOOP {
        let x = black_box(slots[0]).as_float()?;
        let y = black_box(slots[1]).as_float()?;
        let x = x * 0.999 + y * 0.001;
        slots[0] = NanBox::float(x);
        slots[1] = NanBox::float(y + x / (i as f64 + 1.0));
    }
    slots[1].as_float()
}

fn list_sum_tagged(items: &[Tagged]) -> Option<i64> {
    items
        .iter()
        .try_fold(0i64, |total, item| match black_box(*item) {
            Tagged::Int(i) => total.checked_add(i),
            Tagged::Float(_) => None,
        })
}

fn list_sum_nanbox(items: &[NanBox], boxes: &[i64]) -> Option<i64> {
    items.iter().try_fold(0i64, |total, item| {
        total.checked_add(black_box(*item).as_int(boxes)?)
    })
}

/// Runs `f` seven times and prints the median.
fn measure<R: std::fmt::Debug>(name: &str, f: impl Fn() -> R) {
    let mut samples = Vec::new();
    let mut result = None;
    for _ in 0..7 {
        let start = Instant::now();
        result = Some(f());
        samples.push(start.elapsed().as_secs_f64() * 1e3);
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "{name:32} median {:8.2} ms   result {:?}",
        samples[3], result
    );
}

fn main() {
    assert_eq!(std::mem::size_of::<Tagged>(), 16);
    measure("int loop, 16-byte tagged", int_loop_tagged);
    measure("int loop, 8-byte NaN-box", int_loop_nanbox);
    measure("float loop, 16-byte tagged", float_loop_tagged);
    measure("float loop, 8-byte NaN-box", float_loop_nanbox);
    let tagged: Vec<Tagged> = (0..LIST).map(Tagged::Int).collect();
    let mut boxes = Vec::new();
    let boxed: Vec<NanBox> = (0..LIST).map(|i| NanBox::int(i, &mut boxes)).collect();
    measure("4M-int list sum, 16-byte tagged", || {
        list_sum_tagged(&tagged)
    });
    measure("4M-int list sum, 8-byte NaN-box", || {
        list_sum_nanbox(&boxed, &boxes)
    });
}
