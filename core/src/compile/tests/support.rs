//! A recording [`CodeSink`] that owns what it stores, views for the disassembler, and
//! helpers that compile on a thread with a roomy stack.

use std::fmt::{self, Write};
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use crate::bytecode::dis::{CodeView, disassemble, write_const_repr, write_str_repr};
use crate::bytecode::{ArgKind, BinaryOp, CompareOp, Opcode, decode};
use crate::compile::{
    CodeDraft, CodeKind, CodeSink, CompileError, Const, ExceptionEntry, LineEntry, Mode, Scratch,
    SinkError, SlotKind, compile,
};

/// A constant, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum OwnedConst {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    Float(f64),
    Str(String),
    StrTuple(Vec<String>),
    Code(usize),
}

/// A code object, owned.
#[derive(Debug, Clone)]
pub struct Owned {
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub flags: u32,
    pub slot_names: Vec<String>,
    pub slot_kinds: Vec<SlotKind>,
    pub names: Vec<String>,
    pub consts: Vec<OwnedConst>,
    pub code: Vec<u32>,
    pub lines: Vec<LineEntry>,
    pub exceptions: Vec<ExceptionEntry>,
    pub stack_size: u32,
}

/// Stores every finished code object; handles are indexes.
#[derive(Default)]
pub struct Recorder {
    pub codes: Vec<Owned>,
    /// When set, `finish` fails once this many code objects are stored.
    pub capacity: Option<usize>,
}

impl CodeSink for Recorder {
    type CodeRef = usize;

    fn finish(&mut self, d: &CodeDraft<'_, usize>) -> Result<usize, SinkError> {
        if self.capacity.is_some_and(|cap| self.codes.len() >= cap) {
            return Err(SinkError::OutOfMemory);
        }
        let consts = d
            .consts
            .iter()
            .map(|c| match *c {
                Const::None => OwnedConst::None,
                Const::Bool(b) => OwnedConst::Bool(b),
                Const::Ellipsis => OwnedConst::Ellipsis,
                Const::Int(v) => OwnedConst::Int(v),
                Const::Float(v) => OwnedConst::Float(v),
                Const::Str(s) => OwnedConst::Str(s.to_string()),
                Const::StrTuple(items) => {
                    OwnedConst::StrTuple(items.iter().map(|s| s.to_string()).collect())
                }
                Const::Code(h) => OwnedConst::Code(h),
            })
            .collect();
        self.codes.push(Owned {
            kind: d.kind,
            name: d.name.to_string(),
            qualname: d.qualname.to_string(),
            first_line: d.first_line,
            arg_count: d.arg_count,
            posonly_count: d.posonly_count,
            kwonly_count: d.kwonly_count,
            flags: d.flags,
            slot_names: d.slot_names.iter().map(|s| s.to_string()).collect(),
            slot_kinds: d.slot_kinds.to_vec(),
            names: d.names.iter().map(|s| s.to_string()).collect(),
            consts,
            code: d.code.to_vec(),
            lines: d.lines.to_vec(),
            exceptions: d.exceptions.to_vec(),
            stack_size: d.stack_size,
        });
        Ok(self.codes.len() - 1)
    }
}

/// A recorded code object seen through [`CodeView`].
pub struct View<'a> {
    pub rec: &'a Recorder,
    pub index: usize,
}

impl View<'_> {
    fn code(&self) -> &Owned {
        &self.rec.codes[self.index]
    }
}

impl CodeView for View<'_> {
    fn units(&self) -> &[u32] {
        &self.code().code
    }

    fn write_code_name(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(&self.code().qualname)
    }

    fn line_at(&self, offset: u32) -> Option<u32> {
        let lines = &self.code().lines;
        let row = lines.partition_point(|row| row.start <= offset);
        row.checked_sub(1).map(|i| lines[i].line)
    }

    fn write_const(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        let Some(c) = self.code().consts.get(index as usize) else {
            return out.write_str("<bad constant>");
        };
        match c {
            OwnedConst::Str(s) => write_str_repr(out, s),
            OwnedConst::StrTuple(items) => {
                let refs: Vec<&str> = items.iter().map(|s| s.as_str()).collect();
                write_const_repr(out, &Const::<usize>::StrTuple(&refs), &|_, _| Ok(()))
            }
            OwnedConst::Code(i) => write!(out, "<code object {}>", self.rec.codes[*i].name),
            OwnedConst::None => out.write_str("None"),
            OwnedConst::Bool(b) => out.write_str(if *b { "True" } else { "False" }),
            OwnedConst::Ellipsis => out.write_str("Ellipsis"),
            OwnedConst::Int(v) => write!(out, "{v}"),
            OwnedConst::Float(v) => {
                write_const_repr(out, &Const::<usize>::Float(*v), &|_, _| Ok(()))
            }
        }
    }

    fn write_name(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        out.write_str(
            self.code()
                .names
                .get(index as usize)
                .map_or("<bad name>", |s| s.as_str()),
        )
    }

    fn write_slot(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        out.write_str(
            self.code()
                .slot_names
                .get(index as usize)
                .map_or("<bad slot>", |s| s.as_str()),
        )
    }

    fn exceptions(&self) -> &[ExceptionEntry] {
        &self.code().exceptions
    }

    fn for_each_nested(&self, visit: &mut dyn FnMut(&dyn CodeView) -> fmt::Result) -> fmt::Result {
        for c in &self.code().consts {
            if let OwnedConst::Code(i) = c {
                visit(&View {
                    rec: self.rec,
                    index: *i,
                })?;
            }
        }
        Ok(())
    }
}

/// Runs `f` on a thread with a 64 MiB stack (the compiler's deepest inputs need more than a
/// test thread's default, and `Scratch` is built on the stack in debug builds).
pub fn with_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Compiles `src` in `mode` with a fresh sink.
#[expect(clippy::result_large_err, reason = "the compiler's own error type")]
pub fn compile_mode(src: &str, mode: Mode) -> Result<(Recorder, usize), CompileError> {
    let src = src.to_string();
    with_stack(move || {
        let mut scratch = std::boxed::Box::new(Scratch::new());
        let mut rec = Recorder::default();
        let result = compile(&src, mode, &mut scratch, &mut rec);
        result.map(|top| {
            // TRACERY_NO_CHECK=1 skips the invariants (to look at broken code while debugging).
            if std::env::var_os("TRACERY_NO_CHECK").is_none() {
                for i in 0..rec.codes.len() {
                    check_code(&rec, i);
                }
            }
            (rec, top)
        })
    })
}

/// Compiles `src` (exec mode), which must succeed.
#[track_caller]
pub fn compiled(src: &str) -> (Recorder, usize) {
    match compile_mode(src, Mode::Exec) {
        Ok(r) => r,
        Err(e) => panic!(
            "compile failed: {} {}:{} {}",
            e.exception_name(),
            e.line,
            e.col,
            e
        ),
    }
}

/// The error compiling `src` (exec mode) gives.
#[track_caller]
pub fn error(src: &str) -> CompileError {
    match compile_mode(src, Mode::Exec) {
        Ok((rec, top)) => panic!("compiled, expected an error:\n{}", dis_of(&rec, top)),
        Err(e) => e,
    }
}

/// The index of the instruction that starts at code unit `unit` (one past the last for the
/// end), so tests can name places without depending on cache sizes.
pub fn instr_index(code: &[u32], unit: u32) -> u32 {
    let mut at = 0u32;
    let mut index = 0;
    while at < unit && (at as usize) < code.len() {
        let (byte, _) = decode(code[at as usize]);
        at += Opcode::from_u8(byte).expect("valid opcode").size();
        index += 1;
    }
    assert_eq!(at, unit, "unit {unit} is not an instruction start");
    index
}

/// Full disassembly of a compile result.
pub fn dis_of(rec: &Recorder, top: usize) -> String {
    let mut out = String::new();
    disassemble(&mut out, &View { rec, index: top }).unwrap();
    out
}

/// Full disassembly of `src`.
#[track_caller]
pub fn dis(src: &str) -> String {
    let (rec, top) = compiled(src);
    dis_of(&rec, top)
}

/// A compact listing of one code object: `NAME meaning` per instruction, one per line;
/// jumps show their target as `-> N`, the index of the target instruction (so listings do not
/// depend on cache sizes), labels are not marked.
pub fn ops_of(rec: &Recorder, index: usize) -> String {
    let view = View { rec, index };
    let code = &rec.codes[index];
    // Instruction index by unit offset (the end counts as one past the last instruction).
    let mut indices = std::collections::BTreeMap::new();
    let mut at = 0u32;
    while (at as usize) < code.code.len() {
        indices.insert(at, indices.len());
        let (byte, _) = decode(code.code[at as usize]);
        at += Opcode::from_u8(byte).expect("valid opcode").size();
    }
    indices.insert(at, indices.len());
    let target = |unit: u32| indices.get(&unit).copied().unwrap_or(usize::MAX);
    let mut out = String::new();
    let mut at = 0u32;
    while (at as usize) < code.code.len() {
        let (byte, arg) = decode(code.code[at as usize]);
        let op = Opcode::from_u8(byte).expect("valid opcode");
        out.push_str(op.name());
        let next = at + op.size();
        match op.arg_kind() {
            ArgKind::None => {}
            ArgKind::Const => {
                out.push(' ');
                view.write_const(arg, &mut out).unwrap();
            }
            ArgKind::Name => {
                out.push(' ');
                view.write_name(arg, &mut out).unwrap();
            }
            ArgKind::Local => {
                out.push(' ');
                view.write_slot(arg, &mut out).unwrap();
            }
            ArgKind::JumpForward => write!(out, " -> {}", target(next + arg)).unwrap(),
            ArgKind::JumpBackward => write!(out, " -> {}", target(next - arg)).unwrap(),
            ArgKind::BinaryOp => {
                let (binop, inplace) = BinaryOp::from_arg(arg).unwrap();
                write!(out, " {}{}", binop.symbol(), if inplace { "=" } else { "" }).unwrap();
            }
            ArgKind::CompareOp => {
                write!(out, " {}", CompareOp::from_arg(arg).unwrap().symbol()).unwrap()
            }
            ArgKind::Count | ArgKind::Flags => write!(out, " {arg}").unwrap(),
        }
        out.push('\n');
        at = next;
    }
    out
}

/// The compact listing of `src`'s module code.
#[track_caller]
pub fn ops(src: &str) -> String {
    let (rec, top) = compiled(src);
    ops_of(&rec, top)
}

/// The compact listing of `src`'s module code without its final `LOAD_CONST None;
/// RETURN_VALUE`.
#[track_caller]
pub fn body(src: &str) -> String {
    let listing = ops(src);
    listing
        .strip_suffix("LOAD_CONST None\nRETURN_VALUE\n")
        .unwrap_or_else(|| panic!("module does not end with return None:\n{listing}"))
        .to_string()
}

/// Index of the recorded code object whose qualified name is `qualname`.
#[track_caller]
pub fn find(rec: &Recorder, qualname: &str) -> usize {
    rec.codes
        .iter()
        .position(|c| c.qualname == qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}"))
}

/// The compact listing of the code object `qualname` compiled from `src`.
#[track_caller]
pub fn ops_in(src: &str, qualname: &str) -> String {
    let (rec, _) = compiled(src);
    ops_of(&rec, find(&rec, qualname))
}

/// Joins listing lines given as a slice (for readable expectations).
pub fn lines(items: &[&str]) -> String {
    let mut out = String::new();
    for item in items {
        out.push_str(item);
        out.push('\n');
    }
    out
}

/// Checks invariants every code object must satisfy: opcodes valid, arguments in range,
/// jumps land on instruction starts, the stack never goes below zero or above the recorded
/// size along straight-line code, the line table is ordered and the exception table's
/// targets are instructions.
pub fn check_code(rec: &Recorder, index: usize) {
    let code = &rec.codes[index];
    let mut starts = std::collections::BTreeSet::new();
    let mut at = 0u32;
    while (at as usize) < code.code.len() {
        starts.insert(at);
        let (byte, _) = decode(code.code[at as usize]);
        let op = Opcode::from_u8(byte)
            .unwrap_or_else(|| panic!("bad opcode {byte} in {}", code.qualname));
        at += op.size();
    }
    assert_eq!(at as usize, code.code.len(), "code ends mid-instruction");
    let mut at = 0u32;
    while (at as usize) < code.code.len() {
        let (byte, arg) = decode(code.code[at as usize]);
        let op = Opcode::from_u8(byte).unwrap();
        let next = at + op.size();
        match op.arg_kind() {
            ArgKind::Const => assert!(
                (arg as usize) < code.consts.len(),
                "const index in {}",
                code.qualname
            ),
            ArgKind::Name => assert!(
                (arg as usize) < code.names.len(),
                "name index in {}",
                code.qualname
            ),
            ArgKind::Local => assert!(
                (arg as usize) < code.slot_names.len(),
                "slot index in {}",
                code.qualname
            ),
            ArgKind::JumpForward => assert!(
                starts.contains(&(next + arg)) || next + arg == code.code.len() as u32,
                "forward jump at {at} to {} in {}",
                next + arg,
                code.qualname
            ),
            ArgKind::JumpBackward => {
                assert!(
                    arg <= next && starts.contains(&(next - arg)),
                    "backward jump at {at} in {}",
                    code.qualname
                )
            }
            _ => {}
        }
        at = next;
    }
    for w in code.lines.windows(2) {
        assert!(
            w[0].start < w[1].start,
            "line table out of order in {}",
            code.qualname
        );
    }
    if let Some(first) = code.lines.first() {
        assert_eq!(
            first.start, 0,
            "line table must start at 0 in {}",
            code.qualname
        );
    }
    for e in &code.exceptions {
        assert!(
            e.start < e.end && starts.contains(&e.target),
            "exception row {e:?} in {}",
            code.qualname
        );
        assert!(
            e.depth <= code.stack_size,
            "handler depth above stack size in {}",
            code.qualname
        );
    }
    for w in code.exceptions.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "exception rows overlap in {}",
            code.qualname
        );
    }
    let nfree = code
        .slot_kinds
        .iter()
        .skip_while(|k| **k != SlotKind::Free)
        .count();
    assert!(
        code.slot_kinds[code.slot_kinds.len() - nfree..]
            .iter()
            .all(|k| *k == SlotKind::Free),
        "free variables must come last in {}",
        code.qualname
    );
    check_stack(code);
}

/// Follows every path through the code (jumps, fall-through, live exception handlers) and checks
/// that each instruction is always reached at the same stack depth, never underflows, never
/// exceeds the recorded stack size, and that execution never falls off the end.
pub fn check_stack(code: &Owned) {
    use crate::bytecode::flags;
    let mut depth_at = std::collections::BTreeMap::<u32, u32>::new();
    let mut work = vec![(0u32, 0u32)];
    let mut seeded = vec![false; code.exceptions.len()];
    let name = &code.qualname;
    loop {
        // A handler becomes an entry point once an instruction it protects is reachable
        // (handlers over dead code are dead too).
        if work.is_empty() {
            for (i, e) in code.exceptions.iter().enumerate() {
                if !seeded[i] && depth_at.range(e.start..e.end).next().is_some() {
                    seeded[i] = true;
                    work.push((e.target, e.depth + u32::from(e.push_lasti) + 1));
                }
            }
        }
        let Some((at, depth)) = work.pop() else { break };
        if let Some(&seen) = depth_at.get(&at) {
            assert_eq!(
                seen, depth,
                "{name}: offset {at} reached at depths {seen} and {depth}"
            );
            continue;
        }
        assert!(
            (at as usize) < code.code.len(),
            "{name}: execution falls off the end at {at}"
        );
        assert!(
            depth <= code.stack_size,
            "{name}: depth {depth} above stack size {} at {at}",
            code.stack_size
        );
        depth_at.insert(at, depth);
        let (byte, arg) = decode(code.code[at as usize]);
        let op = Opcode::from_u8(byte).unwrap();
        let next = at + op.size();
        let (pops, pushes) = op.stack_effect(arg);
        assert!(
            depth >= pops,
            "{name}: {} at {at} needs {pops} items, has {depth}",
            op.name()
        );
        let after = depth - pops + pushes;
        assert!(
            after <= code.stack_size,
            "{name}: depth {after} above stack size after {at}"
        );
        if op.has(flags::JUMP) {
            let (jp, jq) = op.jump_stack_effect(arg);
            let target = match op.arg_kind() {
                ArgKind::JumpBackward => next - arg,
                _ => next + arg,
            };
            work.push((target, depth - jp + jq));
        }
        let falls = !op.has(flags::TERMINATOR)
            && !matches!(op, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD);
        if falls {
            work.push((next, after));
        }
    }
    for e in &code.exceptions {
        for (&at, &depth) in depth_at.range(e.start..e.end) {
            assert!(
                depth >= e.depth,
                "{name}: offset {at} at depth {depth} is protected by a handler unwinding to {}",
                e.depth
            );
        }
    }
}
