//! Incidents.
use super::{Analysis, View};
use crate::model::Incident;
/// Extracts the incidents of a document.
pub fn extract(_a: &Analysis<'_>, _views: &[View<'_>]) -> Vec<Incident> {
    Vec::new()
}
