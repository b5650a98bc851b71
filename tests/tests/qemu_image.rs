//! The bare-metal image under QEMU: boot, exit codes, panics, CPU exceptions, defmt logging.

use tracery_tests::qemu::{Profile, Qemu, decode_defmt, image};

const BANNER_START: &str = "Tracery 0.1.0 on QEMU virt: ";

#[track_caller]
fn assert_banner(uart: &str, cpu_name: &str, boot_el: u8) {
    let first = uart.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(BANNER_START),
        "no banner in UART output:\n{uart}"
    );
    assert!(
        first.contains(cpu_name),
        "banner names the wrong CPU:\n{first}"
    );
    assert!(
        first.contains(&format!("EL1 (booted at EL{boot_el})")),
        "wrong EL:\n{first}"
    );
    assert!(
        first.contains("timer 62.50 MHz"),
        "no timer frequency:\n{first}"
    );
}

#[test]
fn boots_and_exits_zero_debug_and_release() {
    for profile in [Profile::Debug, Profile::Release] {
        let out = Qemu::default().args(["--exit", "0"]).run(image(profile));
        assert_eq!(out.status, 0, "{profile:?}: {out:?}");
        assert_banner(&out.uart, "Cortex-A53", 1);
    }
}

#[test]
fn boots_on_both_cores_with_and_without_el2() {
    for (cpu, name) in [("cortex-a53", "Cortex-A53"), ("cortex-a72", "Cortex-A72")] {
        for (machine, boot_el) in [("virt", 1), ("virt,virtualization=on", 2)] {
            let out = Qemu {
                machine,
                cpu,
                ..Qemu::default()
            }
            .run(image(Profile::Release));
            assert_eq!(out.status, 0, "{cpu} on {machine}: {out:?}");
            assert_banner(&out.uart, name, boot_el);
        }
    }
}

#[test]
fn exits_with_the_chosen_status() {
    for profile in [Profile::Debug, Profile::Release] {
        let out = Qemu::default().args(["--exit", "42"]).run(image(profile));
        assert_eq!(out.status, 42, "{profile:?}: {out:?}");
    }
}

#[test]
fn panic_prints_location_and_fails() {
    for profile in [Profile::Debug, Profile::Release] {
        let out = Qemu::default().args(["--panic"]).run(image(profile));
        assert_eq!(out.status, 101, "{profile:?}: {out:?}");
        assert!(
            out.uart
                .contains("panicked at runtime-baremetal/src/image.rs:"),
            "{}",
            out.uart
        );
        assert!(
            out.uart.contains("panic requested on the command line"),
            "{}",
            out.uart
        );
    }
}

#[test]
fn cpu_exception_prints_syndrome_and_fails() {
    for profile in [Profile::Debug, Profile::Release] {
        let out = Qemu::default().args(["--fault"]).run(image(profile));
        assert_eq!(out.status, 102, "{profile:?}: {out:?}");
        assert!(
            out.uart
                .contains("CPU exception: synchronous (current EL, SPx)"),
            "{}",
            out.uart
        );
        // EC 0 (unknown reason) with IL set: the syndrome of `udf`.
        assert!(
            out.uart.contains("ESR_EL1 = 0x0000000002000000"),
            "{}",
            out.uart
        );
        assert!(out.uart.contains("ELR_EL1 = 0x00000000400"), "{}", out.uart);
        assert!(out.uart.contains("FAR_EL1 = "), "{}", out.uart);
    }
}

#[test]
fn unknown_argument_is_refused() {
    let out = Qemu::default()
        .args(["--frobnicate"])
        .run(image(Profile::Release));
    assert_eq!(out.status, 2, "{out:?}");
    assert!(
        out.uart
            .contains("tracery: unknown argument '--frobnicate'"),
        "{}",
        out.uart
    );
    assert!(
        out.uart.contains("usage: tracery-baremetal"),
        "{}",
        out.uart
    );
}

#[test]
fn defmt_side_channel_decodes_with_defmt_print() {
    let elf = image(Profile::Release);
    let dir = std::env::temp_dir().join(format!("tracery-defmt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("boot.defmt");
    let out = Qemu::default()
        .args(["--defmt", log.to_str().unwrap(), "--exit", "5"])
        .run(elf);
    assert_eq!(out.status, 5, "{out:?}");
    // The log holds binary frames only: nothing of it reached the UART.
    assert!(!out.uart.contains("boot: EL"), "{}", out.uart);
    let text = decode_defmt(elf, &log);
    assert!(
        text.contains("INFO  boot: EL1 (started at EL1), timer 62500000 Hz"),
        "{text}"
    );
    assert!(text.contains("INFO  exit requested: status 5"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}
