//! The crate's one error type.

/// Everything that can go wrong in `bilateral`.
///
/// Empty or whitespace-only input is not an error: it parses to an empty
/// [`Document`](crate::Document).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `parse_bytes` was given bytes that are not UTF-8.
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The input is longer than the parser's configured limit.
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    InputTooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A lexicon line could not be read. Displays as `FILE:LINE: message`
    /// for a file, `lexicon line LINE: message` for text.
    #[error("{}{line}: {message}", path.as_deref().map_or_else(|| "lexicon line ".to_string(), |p| format!("{p}:")))]
    Lexicon {
        /// The file, when the lexicon was read from one.
        path: Option<String>,
        /// 1-based line number.
        line: usize,
        /// What was expected.
        message: String,
    },
    /// Reading a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}
