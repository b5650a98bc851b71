//! Links the image with Tracery's linker script (and defmt's) when building for bare metal.

fn main() {
    println!("cargo:rerun-if-changed=../linker/tracery.ld");
    println!("cargo:rerun-if-changed=src/arch/aarch64/boot.s");
    println!("cargo:rerun-if-changed=src/arch/aarch64/vectors.s");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("none") {
        let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        println!("cargo:rustc-link-arg-bins=-T{dir}/../linker/tracery.ld");
        // defmt's build script puts defmt.x on the linker search path.
        println!("cargo:rustc-link-arg-bins=-Tdefmt.x");
    }
}
