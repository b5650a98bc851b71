//! The garbage-collected heap (in progress).
