//! One integration-test binary (link once, run everything).

#[cfg(feature = "cli")]
mod cli;
mod corpus;
mod extractors;
mod fuzz;
mod held_out;
mod page;
mod props;
mod robustness;
#[cfg(feature = "schema")]
mod schema;
mod seeds;
mod tables;
mod traits;
