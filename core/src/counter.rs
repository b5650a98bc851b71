//! The one counter type: every adaptive instruction, every `JUMP_BACKWARD` and every side exit
//! counts with a [`Counter`], with the same functions and no thresholds anywhere.
//!
//! A counter is 16 bits: the high 12 are a `value` counted down once per execution, the low 4
//! a `backoff` exponent. It *triggers* when the value is zero; the owner then attempts its work
//! (specialize, record a trace, compile a side exit). On success the owner installs whatever
//! initial counter fits the new state; on failure it calls [`Counter::back_off`], which grows
//! the exponent by one (saturating at 12) and sets the value to `2^backoff - 1`, so the attempts
//! come 2, 4, 8, …, 4096, 4096, … executions apart: a deterministic failure costs almost nothing
//! after a few tries, and a transient one is retried soon.
//!
//! The layout makes the hot path one subtraction and one compare: the raw word is
//! `value << 4 | backoff`, [`Counter::tick`] subtracts 16 (the exponent bits never change), and
//! the counter triggers when the raw word is below 15, i.e. value zero and backoff below 15.
//! Backoff 15 is never produced by backing off (it saturates at 12), so a counter with backoff 15
//! — [`Counter::unreachable`] — never triggers: its value wraps from zero to 4095 and counts down
//! again forever. That is how a tier is switched off, without a flag to test.

/// Bits of the raw word that hold the backoff exponent.
const BACKOFF_BITS: u16 = 4;
/// The largest value (12 bits).
const MAX_VALUE: u16 = (1 << (16 - BACKOFF_BITS)) - 1;
/// Backing off stops growing here: attempts at most every 4096 executions.
const MAX_BACKOFF: u16 = 12;
/// A backoff no counter reaches by backing off; a counter holding it never triggers.
const UNREACHABLE_BACKOFF: u16 = 15;

/// A countdown with exponential backoff (see the module documentation).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Counter(u16);

impl Counter {
    /// A counter with this value and backoff (value masked to 12 bits, backoff to 4).
    pub const fn new(value: u16, backoff: u16) -> Counter {
        Counter(((value & MAX_VALUE) << BACKOFF_BITS) | (backoff & 0xF))
    }

    /// For a fresh adaptive instruction: value 1, backoff 1. The first execution runs
    /// generically (types are seen once), the second attempts to specialize; on failure the
    /// attempts follow 4, 8, 16, … executions apart.
    pub const fn warmup() -> Counter {
        Counter::new(1, 1)
    }

    /// After a successful specialization: value 52, backoff 0. Each failed guard (a miss) ticks
    /// the specialized instruction's counter; the 53rd miss triggers and the instruction goes
    /// back to its adaptive form and tries again at once; if that fails, attempts follow 2, 4,
    /// 8, … executions apart. An instruction that misses now and then keeps its specialization.
    pub const fn cooldown() -> Counter {
        Counter::new(52, 0)
    }

    /// For a `JUMP_BACKWARD`'s trace-creation counter: value 255, backoff 8 (provisional until
    /// tier 2 exists to measure against). The first attempt
    /// to record a trace comes on the 256th backward jump, then (while attempts fail) 512,
    /// 1024, 2048, 4096, 4096, … jumps apart. It must stay above [`Counter::cooldown`]'s 53 so a
    /// loop's instructions have specialized — and respecialized once after a change of types —
    /// before the loop is recorded; recording a still-specializing loop records poor code.
    pub const fn jump_backward() -> Counter {
        Counter::new(255, 8)
    }

    /// For a side exit's temperature: value 63, backoff 6 (provisional, like
    /// [`Counter::jump_backward`]). The first attempt to record a side
    /// trace comes on the 64th time the exit is taken, then (while attempts fail) 128, 256, …,
    /// 4096, 4096, … exits apart. It must stay above [`Counter::cooldown`] for the same reason
    /// as [`Counter::jump_backward`]; it is lower than that one because an exit is only taken
    /// inside a loop that is already hot enough to have a trace.
    pub const fn side_exit() -> Counter {
        Counter::new(63, 6)
    }

    /// A counter that never triggers: the tier it would start is off.
    pub const fn unreachable() -> Counter {
        Counter::new(MAX_VALUE, UNREACHABLE_BACKOFF)
    }

    /// The remaining count.
    pub const fn value(self) -> u16 {
        self.0 >> BACKOFF_BITS
    }

    /// The backoff exponent.
    pub const fn backoff(self) -> u16 {
        self.0 & 0xF
    }

    /// Whether the owner should attempt its work now (the value is zero).
    #[inline(always)]
    pub const fn triggers(self) -> bool {
        self.0 < UNREACHABLE_BACKOFF
    }

    /// One execution that did not trigger: counts down by one. (On a counter that triggers
    /// the owner attempts its work instead; ticking it would wrap to 4095.)
    #[inline(always)]
    #[must_use]
    pub const fn tick(self) -> Counter {
        Counter(self.0.wrapping_sub(1 << BACKOFF_BITS))
    }

    /// After a failed attempt: one more backoff step (at most 12) and value `2^backoff - 1`.
    #[must_use]
    pub const fn back_off(self) -> Counter {
        let backoff = self.backoff();
        if backoff == UNREACHABLE_BACKOFF {
            return self;
        }
        let next = if backoff < MAX_BACKOFF {
            backoff + 1
        } else {
            MAX_BACKOFF
        };
        Counter::new((1 << next) - 1, next)
    }

    /// The raw 16-bit word (for inline caches that store counters as `u16`).
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// A counter from its raw word.
    pub const fn from_bits(bits: u16) -> Counter {
        Counter(bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Executions until the counter triggers, counting the triggering one; `None` when it has
    /// not triggered after 100000.
    fn executions(mut counter: Counter) -> Option<u32> {
        for n in 1..=100_000 {
            if counter.triggers() {
                return Some(n);
            }
            counter = counter.tick();
        }
        None
    }

    /// The gaps between attempts when every attempt fails, starting from `counter`.
    fn failing_attempts(mut counter: Counter, attempts: usize) -> Vec<u32> {
        let mut gaps = Vec::new();
        for _ in 0..attempts {
            gaps.push(executions(counter).unwrap());
            // The counter that triggered: run to zero, then back off.
            while !counter.triggers() {
                counter = counter.tick();
            }
            counter = counter.back_off();
        }
        gaps
    }

    const DOUBLING: [u32; 12] = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 4096];

    #[test]
    fn warmup_specializes_on_the_second_execution_then_backs_off() {
        let mut expected = vec![2];
        expected.extend(DOUBLING);
        assert_eq!(failing_attempts(Counter::warmup(), 13), expected);
    }

    #[test]
    fn cooldown_respecializes_after_53_misses_then_backs_off() {
        let mut expected = vec![53, 2];
        expected.extend(DOUBLING);
        assert_eq!(failing_attempts(Counter::cooldown(), 14), expected);
    }

    #[test]
    fn jump_backward_sequence() {
        assert_eq!(
            failing_attempts(Counter::jump_backward(), 7),
            [256, 512, 1024, 2048, 4096, 4096, 4096]
        );
    }

    #[test]
    fn side_exit_sequence() {
        assert_eq!(
            failing_attempts(Counter::side_exit(), 9),
            [64, 128, 256, 512, 1024, 2048, 4096, 4096, 4096]
        );
    }

    #[test]
    fn tier_counters_wait_longer_than_cooldown() {
        let cooldown = executions(Counter::cooldown()).unwrap();
        assert!(executions(Counter::jump_backward()).unwrap() > cooldown);
        assert!(executions(Counter::side_exit()).unwrap() > cooldown);
    }

    #[test]
    fn unreachable_never_triggers_and_never_backs_off() {
        assert_eq!(executions(Counter::unreachable()), None);
        assert_eq!(Counter::unreachable().back_off(), Counter::unreachable());
        // Its value wraps instead of reaching a trigger.
        let mut counter = Counter::unreachable();
        for _ in 0..3 * 4096 {
            assert!(!counter.triggers());
            counter = counter.tick();
        }
    }

    #[test]
    fn fields_and_bits() {
        let counter = Counter::new(52, 0);
        assert_eq!((counter.value(), counter.backoff()), (52, 0));
        assert_eq!(Counter::from_bits(counter.to_bits()), counter);
        assert_eq!(Counter::new(0xFFFF, 3).value(), 4095);
        assert!(Counter::new(0, 12).triggers());
        assert!(!Counter::new(1, 0).triggers());
        const { assert!(Counter::warmup().tick().triggers()) };
    }
}
