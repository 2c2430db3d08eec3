//! The timestamps of `ip -t monitor` and `ip -ts monitor` (UTC).

/// Civil date of `days` since 1970-01-01 (proleptic Gregorian): (year, month, day).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `YYYY-mm-ddTHH:MM:SS.uuuuuu` in UTC (ip uses local time; nlip prints UTC, the same on
/// machines whose zone is UTC).
pub(super) fn iso_time(t: std::time::Duration) -> String {
    let secs = t.as_secs() as i64;
    let (y, mo, d) = civil(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{:06}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        t.subsec_micros()
    )
}

/// ip's `-t` line: `Timestamp: Mon Nov 30 12:39:54 2026 408477 usec` (UTC).
pub(crate) fn ctime_stamp(t: std::time::Duration) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = t.as_secs() as i64;
    let days = secs.div_euclid(86_400);
    let (y, mo, d) = civil(days);
    let rem = secs.rem_euclid(86_400);
    format!(
        "Timestamp: {} {} {d:2} {:02}:{:02}:{:02} {y} {} usec\n",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(mo - 1) as usize],
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        t.subsec_micros()
    )
}
