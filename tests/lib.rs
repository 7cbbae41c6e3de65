//! One integration-test binary (link once, run everything).

mod corpus;
mod extractors;
mod fuzz;
mod held_out;
mod props;
mod robustness;
mod seeds;
mod tables;
mod traits;
