//! Projects.
use super::{Analysis, View};
use crate::model::Project;
/// Extracts the projects of a document.
pub fn extract(_a: &Analysis<'_>, _views: &[View<'_>]) -> Vec<Project> {
    Vec::new()
}
