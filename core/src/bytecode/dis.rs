//! The disassembler: CPython-`dis`-like listings of code objects.
//!
//! ```text
//!   1           0 LOAD_CONST               0 (1)
//!               1 STORE_GLOBAL             0 (x)
//!
//!   2     >>    2 LOAD_GLOBAL              0 (x)
//!               3 POP_JUMP_IF_FALSE        2 (to 6)
//! ```
//! Columns: the source line (at the first instruction of each line), `>>` on jump targets,
//! the offset in code units, the name, the argument, and what the argument means. Cache
//! units are skipped. The exception table follows (`start to end` with `end` exclusive),
//! then every nested code object under a `Disassembly of NAME:` header.
//!
//! Anything that can show code implements [`CodeView`]: the compiler's [`CodeDraft`] here,
//! the VM's code objects in the VM.

use core::fmt::{self, Write};

use super::{ArgKind, BinaryOp, CompareOp, Opcode, decode};
use crate::compile::{CodeDraft, Const, ExceptionEntry};

/// Read access to a code object, for [`disassemble`].
pub trait CodeView {
    /// The code units (instructions and caches).
    fn units(&self) -> &[u32];

    /// Writes the code object's name for the `Disassembly of` header.
    fn write_code_name(&self, out: &mut dyn Write) -> fmt::Result;

    /// The source line of the instruction at `offset`, if known.
    fn line_at(&self, offset: u32) -> Option<u32>;

    /// Writes the repr of constant `index`.
    fn write_const(&self, index: u32, out: &mut dyn Write) -> fmt::Result;

    /// Writes name `index` (of name-indexed instructions).
    fn write_name(&self, index: u32, out: &mut dyn Write) -> fmt::Result;

    /// Writes the name of local slot `index`.
    fn write_slot(&self, index: u32, out: &mut dyn Write) -> fmt::Result;

    /// The exception table.
    fn exceptions(&self) -> &[ExceptionEntry] {
        &[]
    }

    /// Calls `visit` with every nested code object (constants that are code), in order.
    fn for_each_nested(&self, visit: &mut dyn FnMut(&dyn CodeView) -> fmt::Result) -> fmt::Result {
        let _ = visit;
        Ok(())
    }
}

/// Width of the opcode-name column (CPython's `_OPNAME_WIDTH`).
const NAME_WIDTH: usize = 20;
/// Width of the argument column (CPython's `_OPARG_WIDTH`).
const ARG_WIDTH: usize = 5;
/// Jump-target marks kept in a fixed bitmap; targets beyond it are found by scanning.
const TARGET_BITS: usize = 65_536;

/// Where an instruction's jump goes (absolute offset), if it jumps.
fn jump_target(op: Opcode, offset: u32, arg: u32) -> Option<u32> {
    let next = offset + op.size();
    match op.arg_kind() {
        ArgKind::JumpForward => Some(next + arg),
        ArgKind::JumpBackward => Some(next.saturating_sub(arg)),
        _ => None,
    }
}

/// Writes a listing of `code`, then of every code object nested in it.
///
/// # Errors
/// Whatever `out` returns.
pub fn disassemble<C: CodeView + ?Sized>(out: &mut impl Write, code: &C) -> fmt::Result {
    disassemble_dyn(out, code, true)
}

/// [`disassemble`] through trait objects (so that nesting can recurse).
fn disassemble_dyn(
    out: &mut dyn Write,
    code: &(impl CodeView + ?Sized),
    _top: bool,
) -> fmt::Result {
    listing(out, code)?;
    let mut visit = |nested: &dyn CodeView| -> fmt::Result {
        out.write_str("\nDisassembly of ")?;
        nested.write_code_name(out)?;
        out.write_str(":\n")?;
        disassemble_dyn(out, nested, false)
    };
    code.for_each_nested(&mut visit)
}

/// Writes one code object's instructions and exception table.
fn listing(out: &mut dyn Write, code: &(impl CodeView + ?Sized)) -> fmt::Result {
    let units = code.units();
    let mut targets = [0u64; TARGET_BITS / 64];
    let mut far_targets = false;
    let mut at = 0u32;
    while (at as usize) < units.len() {
        let (byte, arg) = decode(units[at as usize]);
        let Some(op) = Opcode::from_u8(byte) else {
            at += 1;
            continue;
        };
        if let Some(target) = jump_target(op, at, arg) {
            if (target as usize) < TARGET_BITS {
                targets[target as usize / 64] |= 1 << (target % 64);
            } else {
                far_targets = true;
            }
        }
        at += op.size();
    }
    for entry in code.exceptions() {
        if (entry.target as usize) < TARGET_BITS {
            targets[entry.target as usize / 64] |= 1 << (entry.target % 64);
        }
    }
    let is_target = |offset: u32| -> bool {
        if (offset as usize) < TARGET_BITS {
            return targets[offset as usize / 64] & (1 << (offset % 64)) != 0;
        }
        far_targets && {
            let mut at = 0u32;
            let mut found = false;
            while (at as usize) < units.len() {
                let (byte, arg) = decode(units[at as usize]);
                let size = Opcode::from_u8(byte).map_or(1, Opcode::size);
                if let Some(op) = Opcode::from_u8(byte) {
                    found |= jump_target(op, at, arg) == Some(offset);
                }
                at += size;
            }
            found
        }
    };
    let offset_width = decimal_width(units.len() as u32).max(4);
    let mut last_line = None;
    let mut at = 0u32;
    while (at as usize) < units.len() {
        let (byte, arg) = decode(units[at as usize]);
        let line = code.line_at(at);
        let new_line = line.is_some() && line != last_line;
        if new_line && at > 0 {
            out.write_char('\n')?;
        }
        let mut row = Row::new();
        match line {
            Some(line) if new_line => write!(row, "{line:>3}")?,
            _ => row.write_str("   ")?,
        }
        last_line = line.or(last_line);
        row.write_str("     ")?;
        row.write_str(if is_target(at) { ">>" } else { "  " })?;
        write!(row, " {at:>offset_width$} ")?;
        let Some(op) = Opcode::from_u8(byte) else {
            write!(row, "<{byte}>")?;
            out.write_str(row.trimmed())?;
            out.write_char('\n')?;
            at += 1;
            continue;
        };
        if op.arg_kind() == ArgKind::None {
            row.write_str(op.name())?;
        } else {
            write!(row, "{:<NAME_WIDTH$} {arg:>ARG_WIDTH$}", op.name())?;
            let mut meaning = Row::new();
            write_meaning(&mut meaning, code, op, at, arg)?;
            if !meaning.trimmed().is_empty() {
                write!(row, " ({})", meaning.trimmed())?;
            }
        }
        out.write_str(row.trimmed())?;
        out.write_char('\n')?;
        at += op.size();
    }
    let table = code.exceptions();
    if !table.is_empty() {
        out.write_str("ExceptionTable:\n")?;
        for entry in table {
            write!(
                out,
                "  {} to {} -> {} [{}]",
                entry.start, entry.end, entry.target, entry.depth
            )?;
            if entry.push_lasti {
                out.write_str(" lasti")?;
            }
            out.write_char('\n')?;
        }
    }
    Ok(())
}

/// Writes what an argument means.
fn write_meaning(
    out: &mut dyn Write,
    code: &(impl CodeView + ?Sized),
    op: Opcode,
    at: u32,
    arg: u32,
) -> fmt::Result {
    match op.arg_kind() {
        ArgKind::Const => code.write_const(arg, out),
        ArgKind::Name => code.write_name(arg, out),
        ArgKind::Local => code.write_slot(arg, out),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            write!(out, "to {}", jump_target(op, at, arg).unwrap_or(0))
        }
        ArgKind::BinaryOp => match BinaryOp::from_arg(arg) {
            Some((binop, false)) => out.write_str(binop.symbol()),
            Some((binop, true)) => write!(out, "{}=", binop.symbol()),
            None => Ok(()),
        },
        ArgKind::CompareOp => match CompareOp::from_arg(arg) {
            Some(cmp) => out.write_str(cmp.symbol()),
            None => Ok(()),
        },
        ArgKind::Flags => match op {
            Opcode::IS_OP if arg == 1 => out.write_str("is not"),
            Opcode::CONTAINS_OP if arg == 1 => out.write_str("not in"),
            Opcode::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                out.write_str(conv)?;
                if arg & 4 != 0 {
                    out.write_str(if conv.is_empty() {
                        "with format"
                    } else {
                        ", with format"
                    })?;
                }
                Ok(())
            }
            _ => Ok(()),
        },
        ArgKind::None | ArgKind::Count => Ok(()),
    }
}

/// Digits of a number.
fn decimal_width(mut n: u32) -> usize {
    let mut width = 1;
    while n >= 10 {
        n /= 10;
        width += 1;
    }
    width
}

/// One output row, built in a fixed buffer (long names are cut).
struct Row {
    buf: [u8; 256],
    len: usize,
}

impl Row {
    fn new() -> Row {
        Row {
            buf: [0; 256],
            len: 0,
        }
    }

    /// The row without trailing spaces.
    fn trimmed(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len])
            .unwrap_or("")
            .trim_end()
    }
}

impl Write for Row {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for ch in s.chars() {
            let mut tmp = [0u8; 4];
            let enc = ch.encode_utf8(&mut tmp).as_bytes();
            if self.len + enc.len() > self.buf.len() {
                return Ok(());
            }
            self.buf[self.len..self.len + enc.len()].copy_from_slice(enc);
            self.len += enc.len();
        }
        Ok(())
    }
}

/// Writes a string the way Python's `repr` does.
///
/// # Errors
/// Whatever `out` returns.
pub fn write_str_repr(out: &mut dyn Write, s: &str) -> fmt::Result {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.write_char(quote)?;
    for ch in s.chars() {
        match ch {
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            c if c == quote => write!(out, "\\{c}")?,
            c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(out, "\\x{:02x}", c as u32)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char(quote)
}

/// Writes a float the way Python's `repr` does for common values.
fn write_float_repr(out: &mut dyn Write, v: f64) -> fmt::Result {
    if v.is_nan() {
        return out.write_str("nan");
    }
    if v.is_infinite() {
        return out.write_str(if v > 0.0 { "inf" } else { "-inf" });
    }
    let mut row = Row::new();
    write!(row, "{v:?}")?;
    let text = row.trimmed();
    match text.find('e') {
        Some(e) => {
            let (mantissa, exp) = text.split_at(e);
            let exp = &exp[1..];
            let mantissa = mantissa.strip_suffix(".0").unwrap_or(mantissa);
            if let Some(negative) = exp.strip_prefix('-') {
                write!(out, "{mantissa}e-{negative:0>2}")
            } else {
                write!(out, "{mantissa}e+{exp:0>2}")
            }
        }
        None => out.write_str(text),
    }
}

/// Writes a constant's repr; `code` writes a nested code object.
///
/// # Errors
/// Whatever `out` returns.
pub fn write_const_repr<C>(
    out: &mut dyn Write,
    value: &Const<'_, C>,
    code: &dyn Fn(&C, &mut dyn Write) -> fmt::Result,
) -> fmt::Result {
    match value {
        Const::None => out.write_str("None"),
        Const::Bool(true) => out.write_str("True"),
        Const::Bool(false) => out.write_str("False"),
        Const::Ellipsis => out.write_str("Ellipsis"),
        Const::Int(v) => write!(out, "{v}"),
        Const::Float(v) => write_float_repr(out, *v),
        Const::Str(s) => write_str_repr(out, s),
        Const::StrTuple(items) => {
            out.write_char('(')?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_str_repr(out, item)?;
            }
            if items.len() == 1 {
                out.write_char(',')?;
            }
            out.write_char(')')
        }
        Const::Code(c) => code(c, out),
    }
}

impl<C> CodeView for CodeDraft<'_, C> {
    fn units(&self) -> &[u32] {
        self.code
    }

    fn write_code_name(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(self.qualname)
    }

    fn line_at(&self, offset: u32) -> Option<u32> {
        let row = self.lines.partition_point(|row| row.start <= offset);
        row.checked_sub(1).map(|i| self.lines[i].line)
    }

    fn write_const(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        match self.consts.get(index as usize) {
            Some(value) => write_const_repr(out, value, &|_, out| out.write_str("<code object>")),
            None => out.write_str("<bad constant>"),
        }
    }

    fn write_name(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        out.write_str(
            self.names
                .get(index as usize)
                .copied()
                .unwrap_or("<bad name>"),
        )
    }

    fn write_slot(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        out.write_str(
            self.slot_names
                .get(index as usize)
                .copied()
                .unwrap_or("<bad slot>"),
        )
    }

    fn exceptions(&self) -> &[ExceptionEntry] {
        self.exceptions
    }
}
