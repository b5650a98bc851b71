//! Tier 2: traces of uops.
//!
//! When a `JUMP_BACKWARD` counter triggers, the interpreter records the instructions it runs
//! from the loop head ([`recorder`]), translating each into uops through one table ([`uop`]).
//! How long a trace grows is decided by a fitness budget and the exit quality of each
//! instruction; the module documentation of [`recorder`] proves the uop buffer cannot
//! overflow. The [`optimizer`] then drops what the trace already proved and folds constants,
//! in place.

pub mod optimizer;
pub mod recorder;
pub mod uop;
