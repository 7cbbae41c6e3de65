//! Statements.
use super::{Analysis, View};
use crate::model::{Dialogue, Statement};
/// Extracts the statements of a document.
pub fn extract(_a: &Analysis<'_>, _views: &[View<'_>], _dialogues: &[Dialogue]) -> Vec<Statement> {
    Vec::new()
}
