//! Compiler tests: a recording sink and helpers ([`support`]), then one module per topic.

mod support;

mod corpus;
mod dis_format;
mod errors;
mod fuzz;
mod limits;
mod scopes;
mod shapes;
