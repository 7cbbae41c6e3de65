//! Stage 0: the closed-class words every rule tests, declared once.
//!
//! Each list here is data, not logic: the tokenizer derives its word classes
//! from these lists ([`crate::text::classes`]), and every rule that tests a
//! word refers to the list by name. A cue word added here is marked by the
//! tokenizer and seen by the grammar at once; nothing above this layer keeps
//! a copy. This module imports nothing but the model's enums.

pub(crate) mod calendar;
pub(crate) mod encounters;
pub(crate) mod grammar;
pub(crate) mod incidents;
pub(crate) mod names;
pub(crate) mod numbers;
pub(crate) mod page;
pub(crate) mod projects;
pub(crate) mod stance;
