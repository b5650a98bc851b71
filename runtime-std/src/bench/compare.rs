//! `tracery bench compare A.json B.json`: pyperf's `compare_to`, as a Markdown table. A is the
//! reference; each row gives both means with their standard deviations, how B compares
//! (`1.07x faster` / `1.04x slower`), whether the difference is significant by Welch's t-test
//! at the 5% level, and each side's peak RSS. The last row is the geometric mean of the
//! ratios, like pyperf's.

use super::pyperf::Loaded;
use statrs::distribution::{ContinuousCDF, StudentsT};

/// Mean and sample standard deviation.
pub fn mean_std(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    if values.len() < 2 {
        return (mean, 0.0);
    }
    let squares: f64 = values.iter().map(|v| (v - mean) * (v - mean)).sum();
    (mean, (squares / (n - 1.0)).sqrt())
}

/// The outcome of Welch's two-sample t-test.
#[derive(Debug, Clone, Copy)]
pub struct Welch {
    /// The t statistic, `(mean(a) - mean(b)) / standard error` (negative when b is slower).
    pub t: f64,
    /// The two-sided p-value.
    pub p: f64,
}

/// Welch's t-test (unequal variances); `None` when a sample has fewer than two values.
pub fn welch(a: &[f64], b: &[f64]) -> Option<Welch> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    let (mean_a, std_a) = mean_std(a);
    let (mean_b, std_b) = mean_std(b);
    let part_a = std_a * std_a / a.len() as f64;
    let part_b = std_b * std_b / b.len() as f64;
    let error = part_a + part_b;
    if error == 0.0 {
        // Both samples constant: any difference at all is certain.
        let same = mean_a == mean_b;
        let t = if same {
            0.0
        } else {
            (mean_a - mean_b).signum() * f64::INFINITY
        };
        let p = if same { 1.0 } else { 0.0 };
        return Some(Welch { t, p });
    }
    let t = (mean_a - mean_b) / error.sqrt();
    // The Welch–Satterthwaite degrees of freedom.
    let df = error * error
        / (part_a * part_a / (a.len() - 1) as f64 + part_b * part_b / (b.len() - 1) as f64);
    let p = StudentsT::new(0.0, 1.0, df)
        .map(|dist| 2.0 * (1.0 - dist.cdf(t.abs())))
        .unwrap_or(f64::NAN);
    Some(Welch { t, p })
}

/// Seconds with three significant digits in a fitting unit, like pyperf (`1.92 sec`,
/// `858 ms`); `scale_of` picks the unit so a mean and its deviation share it.
pub fn format_seconds(seconds: f64, scale_of: f64) -> String {
    let (factor, unit) = if scale_of >= 1.0 {
        (1.0, "sec")
    } else if scale_of >= 1e-3 {
        (1e3, "ms")
    } else if scale_of >= 1e-6 {
        (1e6, "us")
    } else {
        (1e9, "ns")
    };
    let scaled = seconds * factor;
    let digits = if scale_of * factor >= 100.0 {
        0
    } else if scale_of * factor >= 10.0 {
        1
    } else {
        2
    };
    format!("{scaled:.digits$} {unit}")
}

/// `mean +- std dev`, both in the mean's unit (just the mean for a single value).
pub fn format_mean(values: &[f64]) -> String {
    let (mean, std) = mean_std(values);
    if values.len() < 2 {
        return format_seconds(mean, mean);
    }
    format!(
        "{} +- {}",
        format_seconds(mean, mean),
        format_seconds(std, mean)
    )
}

/// Bytes as KiB/MiB/GiB with one decimal.
pub fn format_bytes(bytes: u64) -> String {
    let value = bytes as f64;
    if value >= (1u64 << 30) as f64 {
        format!("{:.1} GiB", value / (1u64 << 30) as f64)
    } else if value >= (1u64 << 20) as f64 {
        format!("{:.1} MiB", value / (1u64 << 20) as f64)
    } else {
        format!("{:.1} KiB", value / 1024.0)
    }
}

/// `1.07x faster`, `1.04x slower` or `no change`, for `ratio = changed / reference`.
pub fn format_ratio(ratio: f64) -> String {
    if ratio == 1.0 {
        "no change".to_owned()
    } else if ratio < 1.0 {
        format!("{:.2}x faster", 1.0 / ratio)
    } else {
        format!("{ratio:.2}x slower")
    }
}

/// The comparison table of `b` against the reference `a`, in Markdown.
pub fn table(label_a: &str, a: &[Loaded], label_b: &str, b: &[Loaded]) -> String {
    let show_rss = a.iter().chain(b).any(|bench| bench.max_rss.is_some());
    let rss = |bench: &Loaded| bench.max_rss.map_or("-".to_owned(), format_bytes);
    let mut out = format!("| Benchmark | {label_a} | {label_b} | Change | Significance |");
    if show_rss {
        out.push_str(&format!(" {label_a} peak RSS | {label_b} peak RSS |"));
    }
    out.push_str("\n|---|---:|---:|---|---|");
    if show_rss {
        out.push_str("---:|---:|");
    }
    out.push('\n');
    let mut log_ratios = Vec::new();
    for reference in a {
        let Some(changed) = b.iter().find(|bench| bench.name == reference.name) else {
            continue;
        };
        let ratio = mean_std(&changed.values).0 / mean_std(&reference.values).0;
        log_ratios.push(ratio.ln());
        let significance = match welch(&reference.values, &changed.values) {
            Some(test) if test.p < 0.05 => format!("Significant (t={:.2})", test.t),
            Some(test) => format!("Not significant (t={:.2})", test.t),
            None => "n/a (fewer than 2 values)".to_owned(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {significance} |",
            reference.name,
            format_mean(&reference.values),
            format_mean(&changed.values),
            format_ratio(ratio)
        ));
        if show_rss {
            out.push_str(&format!(" {} | {} |", rss(reference), rss(changed)));
        }
        out.push('\n');
    }
    if log_ratios.len() > 1 {
        let geometric = (log_ratios.iter().sum::<f64>() / log_ratios.len() as f64).exp();
        out.push_str(&format!(
            "| Geometric mean | (ref) | | {} | |",
            format_ratio(geometric)
        ));
        if show_rss {
            out.push_str(" | |");
        }
        out.push('\n');
    }
    let only = |from: &[Loaded], other: &[Loaded]| -> Vec<String> {
        from.iter()
            .filter(|x| !other.iter().any(|y| y.name == x.name))
            .map(|x| x.name.clone())
            .collect()
    };
    for (label, names) in [(label_a, only(a, b)), (label_b, only(b, a))] {
        if !names.is_empty() {
            out.push_str(&format!(
                "\nOnly in {label} (not compared): {}\n",
                names.join(", ")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welch_matches_a_hand_computed_case() {
        // t by the textbook formula; p (with df = 5.88) by numerically integrating Student's
        // t density (Simpson's rule, 200000 steps) in Python.
        let test = welch(&[1.0, 2.0, 3.0, 4.0, 5.0], &[2.0, 4.0, 6.0, 8.0, 10.0]).unwrap();
        assert!((test.t - -1.897_366_596_101_027_5).abs() < 1e-12);
        assert!(
            (test.p - 0.107_531_194_930_631_79).abs() < 1e-6,
            "{}",
            test.p
        );
    }

    #[test]
    fn welch_edge_cases() {
        assert!(welch(&[1.0], &[1.0, 2.0]).is_none());
        let same = welch(&[1.0, 1.0], &[1.0, 1.0]).unwrap();
        assert_eq!(same.p, 1.0);
        let apart = welch(&[1.0, 1.0], &[2.0, 2.0]).unwrap();
        assert_eq!(apart.p, 0.0);
        assert!(apart.t < 0.0);
    }

    #[test]
    fn formats_like_pyperf() {
        assert_eq!(format_seconds(1.9234, 1.9234), "1.92 sec");
        assert_eq!(format_seconds(0.8581, 0.8581), "858 ms");
        assert_eq!(format_seconds(0.0123, 0.0123), "12.3 ms");
        assert_eq!(format_ratio(1.07), "1.07x slower");
        assert_eq!(format_ratio(0.5), "2.00x faster");
        assert_eq!(format_ratio(1.0), "no change");
        assert_eq!(format_bytes(21 << 20), "21.0 MiB");
    }

    #[test]
    fn table_has_geometric_mean_and_skips() {
        let bench = |name: &str, values: &[f64]| Loaded {
            name: name.to_owned(),
            values: values.to_vec(),
            max_rss: Some(8 << 20),
        };
        let a = [bench("x", &[1.0, 1.1, 0.9]), bench("y", &[2.0, 2.1, 1.9])];
        let b = [
            bench("x", &[0.5, 0.55, 0.45]),
            bench("y", &[4.0, 4.2, 3.8]),
            bench("z", &[1.0, 1.0]),
        ];
        let text = table("old", &a, "new", &b);
        assert!(text.contains("| x | 1.00 sec +- 0.10 sec | 500 ms +- 50 ms | 2.00x faster | Significant (t=7.75) | 8.0 MiB | 8.0 MiB |"), "{text}");
        assert!(text.contains("| y |"), "{text}");
        assert!(
            text.contains("| Geometric mean | (ref) | | no change |"),
            "{text}"
        );
        assert!(text.contains("Only in new (not compared): z"), "{text}");
    }
}
