//! Rebuilds the program when a file is added to, changed in or removed from
//! templates/ or theme/: `init` carries both folders inside the program
//! (include_dir, src/init.rs), and the macro alone notices only changes to
//! the files it already included, not a new file such as a new language's
//! catalogue.

fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=theme");
}
