//! Conditions that jump: `if`, `while`, `elif`, `assert` and comprehension `if` clauses
//! compile `and`, `or` and `not` into direct jumps instead of computing a value.
//!
//! `if a and b:` → `<a> POP_JUMP_IF_FALSE else <b> POP_JUMP_IF_FALSE else`;
//! `if a or b:`  → `<a> POP_JUMP_IF_TRUE body <b> POP_JUMP_IF_FALSE else body:`.
//! Every operand is compiled with the short-circuit sense; the last one's jump is then
//! flipped to the final target ([`Compiler::retarget_last`]), so nothing needs to know in
//! advance which operand is last. A condition containing a conditional expression,
//! `lambda` or `:=` at its top level is compiled as a value and tested.

use crate::bytecode::Opcode;

use super::CodeSink;
use super::cursor::{Compiler, R};
use super::lexer::Tok;
use super::scratch::Label;

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Compiles a condition (a `named_expression`) that jumps to `target` when its truth is
    /// `jump_if`, and falls through otherwise.
    pub(crate) fn cond(&mut self, jump_if: bool, target: &mut Label) -> R<()> {
        let first = self.tok;
        if self.condition_needs_value() {
            self.named_expr()?;
            self.set_line(first);
            let op = if jump_if {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            };
            return self.jump(op, target);
        }
        self.cond_or(jump_if, target)
    }

    /// `a or b or ...` as a condition (a comprehension's `if` clause is one).
    pub(crate) fn cond_or(&mut self, jump_if: bool, target: &mut Label) -> R<()> {
        if jump_if {
            loop {
                self.cond_and(true, target)?;
                if !self.eat(Tok::Or)? {
                    return Ok(());
                }
            }
        }
        // Jump to `target` when every term is false: a term that is true jumps to the body
        // (`taken`); a term that fails falls through to the next term, or, for the last
        // term, goes to `target` (its final jump is flipped, its other failures merged).
        let mut taken = Label::new();
        loop {
            let mut failed = Label::new();
            self.cond_and_into(&mut taken, &mut failed)?;
            if self.eat(Tok::Or)? {
                self.bind(&mut failed);
                continue;
            }
            if !self.retarget_last(&mut taken, target) {
                self.jump(Opcode::JUMP_FORWARD, target)?;
            }
            self.merge_label(&mut failed, target);
            break;
        }
        self.bind(&mut taken);
        Ok(())
    }

    /// `a and b and ...` as a condition.
    fn cond_and(&mut self, jump_if: bool, target: &mut Label) -> R<()> {
        if !jump_if {
            loop {
                self.cond_not(false, target)?;
                if !self.eat(Tok::And)? {
                    return Ok(());
                }
            }
        }
        let mut failed = Label::new();
        self.cond_and_into(target, &mut failed)?;
        self.bind(&mut failed);
        Ok(())
    }

    /// `a and b and ...` jumping to `on_true` when every term is true; the jumps taken when a
    /// term is false are left pending on `failed` for the caller to place.
    fn cond_and_into(&mut self, on_true: &mut Label, failed: &mut Label) -> R<()> {
        loop {
            self.cond_not(false, failed)?;
            if !self.eat(Tok::And)? {
                break;
            }
        }
        if !self.retarget_last(failed, on_true) {
            self.jump(Opcode::JUMP_FORWARD, on_true)?;
        }
        Ok(())
    }

    /// `not x` (flips the sense) or a comparison.
    fn cond_not(&mut self, jump_if: bool, target: &mut Label) -> R<()> {
        if self.at(Tok::Not) {
            self.enter()?;
            self.advance()?;
            let result = self.cond_not(!jump_if, target);
            self.leave();
            return result;
        }
        let first = self.tok;
        self.comparison()?;
        self.set_line(first);
        let op = if jump_if {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.jump(op, target)
    }
}
