//! The front end: source text to bytecode, with no allocator.

pub mod lexer;
