//! Public types can cross threads and survive unwinding.

use bilateral::{Corpus, Document, Fused, Lexicon, Parser};

fn send_sync_unwind<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    send_sync_unwind::<Document>();
    send_sync_unwind::<Parser>();
    send_sync_unwind::<Corpus>();
    send_sync_unwind::<Fused>();
    send_sync_unwind::<Lexicon>();
    // The error carries an io::Error, which is Send + Sync but not unwind-safe.
    fn send_sync<T: Send + Sync>() {}
    send_sync::<bilateral::Error>();
}
