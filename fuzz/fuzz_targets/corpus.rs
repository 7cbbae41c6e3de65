//! Two texts fused in either order give the same result.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (&str, &str)| {
    let (a, b) = data;
    let mut one = bilateral::Corpus::new();
    let _ = one.add("a", a);
    let _ = one.add("b", b);
    let mut two = bilateral::Corpus::new();
    let _ = two.add("b", b);
    let _ = two.add("a", a);
    assert_eq!(one.fused(), two.fused());
});
