fn main() {
    let text = std::env::args().nth(1).unwrap();
    let lex = bilateral::lexicon::Lexicon::shared();
    for h in lex.find(&text) {
        println!("{:?} {:?} {:?}", h.span.of(&text), lex.entry(h.entry).kind, h.form);
    }
}
